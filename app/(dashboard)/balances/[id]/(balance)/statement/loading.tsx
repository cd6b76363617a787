import { BalanceTransactionsSkeleton } from "../../_components/balance-skeletons";

export default function BalanceStatementLoading() {
  return <BalanceTransactionsSkeleton />;
}
