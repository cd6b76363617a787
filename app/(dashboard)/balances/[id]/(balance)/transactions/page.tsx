import { ArrowLeftIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { BalanceTransactionsTable } from "@/app/(dashboard)/balances/[id]/_components/balance-transactions-table";
import { CreateTransactionButton } from "@/components/create-transaction/create-transaction-button";
import { ExportButton } from "@/components/export/export-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { buttonVariants } from "@/components/ui/button";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/actor";
import { countText } from "@/lib/format/count";
import { BalanceHeader } from "../../_components/balance-header";
import { balanceForPage } from "../../_lib/balance-page";
import { loadTransactionsPage, TRANSACTIONS_PAGE_SIZE } from "../../_lib/transactions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Transactions of ${(await params).id}` };
}

const TRANSACTIONS = { one: "transaction", many: "transactions" };

export default async function BalanceTransactionsPage({ params, searchParams }: Props) {
  await requirePageRole("viewer");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = parsePage(query.page);
  const shown = await balanceForPage(id);
  if (!shown.ok) return shown.fallback;
  const { balance, view } = shown;
  const result = await loadTransactionsPage(balance, {
    page,
    pageSize: TRANSACTIONS_PAGE_SIZE,
    withCount: true,
  });
  const header = (description?: string) => (
    <BalanceHeader
      id={view.id}
      currency={view.currency}
      balance={view.amounts.balance}
      title="Transactions"
      subtitle={[`${view.amounts.balance.text} balance`, description].filter(Boolean).join(" · ")}
      actions={
        <>
          <Link href={`/balances/${view.id}`} className={buttonVariants({ size: "sm" })}>
            <ArrowLeftIcon aria-hidden /> Back to balance
          </Link>
          <ExportButton
            path="/api/export/balance-transactions"
            params={[["balance", view.id]]}
            what="this balance's transactions"
          />
          <CreateTransactionButton
            preset={{ source: { id: view.id, label: view.id }, currency: view.currency }}
          />
        </>
      }
    />
  );

  if (!result.ok) {
    return (
      <>
        {header()}
        <BlnkErrorState error={result.error} />
      </>
    );
  }

  const { rows, totalCount, hasNext } = result.data;
  return (
    <>
      {header(countText(totalCount, TRANSACTIONS))}
      <div className="flex flex-col gap-3">
        <BalanceTransactionsTable
          rows={rows}
          emptyMessage={page === 1 ? "No transactions yet." : "There are no transactions on this page."}
        />
        <Pagination
          label="Transactions pages"
          page={page}
          hasNext={hasNext}
          hrefFor={(p) => `/balances/${encodeURIComponent(id)}/transactions?page=${p}`}
        />
      </div>
    </>
  );
}
