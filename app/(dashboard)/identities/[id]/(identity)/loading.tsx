import { IdentityDetailsSkeleton } from "../_components/identity-skeleton";

export default function IdentityLoading() {
  return <IdentityDetailsSkeleton />;
}
