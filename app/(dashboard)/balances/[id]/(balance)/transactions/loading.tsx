import { BalanceTransactionsSkeleton } from "../../_components/balance-skeletons";

export default function BalanceTransactionsLoading() {
  return <BalanceTransactionsSkeleton />;
}
