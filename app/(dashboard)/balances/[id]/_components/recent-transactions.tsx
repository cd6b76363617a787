import Link from "next/link";
import { BalanceTransactionsTable } from "@/app/(dashboard)/balances/[id]/_components/balance-transactions-table";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { buttonVariants } from "@/components/ui/button";
import type { BlnkResult } from "@/lib/blnk";
import type { TransactionsPage } from "../_lib/transactions";

/** The last transactions on the balance, and the way to all of them. */
export async function RecentTransactions({
  balanceId,
  page,
}: {
  balanceId: string;
  page: Promise<BlnkResult<TransactionsPage>>;
}) {
  const result = await page;
  if (!result.ok) return <BlnkErrorState error={result.error} />;
  if (result.data.rows.length === 0) return <BalanceTransactionsTable rows={[]} />;
  return (
    <div className="flex flex-col gap-3">
      <BalanceTransactionsTable rows={result.data.rows} label="Recent transactions" />
      <div className="flex justify-end">
        <Link href={`/balances/${balanceId}/transactions`} className={buttonVariants({ size: "sm" })}>
          View all transactions
        </Link>
      </div>
    </div>
  );
}
