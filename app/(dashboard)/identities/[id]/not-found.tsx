import { RecordNotFound } from "@/components/feedback/record-not-found";

export default function IdentityNotFound() {
  return <RecordNotFound kind="identity" listHref="/identities" listLabel="Identities" />;
}
