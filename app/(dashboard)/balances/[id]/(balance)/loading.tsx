import { BalanceDetailsSkeleton } from "../_components/balance-skeletons";

export default function BalanceLoading() {
  return <BalanceDetailsSkeleton />;
}
