import type { Metadata } from "next";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { BalancesTable } from "./_components/balances-table";
import { BALANCES_PAGE_SIZE, loadBalancesPage } from "./_lib/queries";

type SearchParams = Record<string, string | string[] | undefined>;

export const metadata: Metadata = { title: "Balances" };

export default async function BalancesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = parsePage((await searchParams).page);
  const result = await loadBalancesPage(page);

  if (!result.ok) {
    return (
      <>
        <PageHeader title="Balances" />
        <BlnkErrorState error={result.error} />
      </>
    );
  }

  const { rows, totalCount } = result.data;
  const countText =
    totalCount === null
      ? undefined
      : `${totalCount.toLocaleString("en-US")} balance${totalCount === 1 ? "" : "s"}`;
  const hasNext =
    totalCount === null ? rows.length === BALANCES_PAGE_SIZE : page * BALANCES_PAGE_SIZE < totalCount;

  return (
    <>
      <PageHeader title="Balances" description={countText} />
      {rows.length === 0 ? (
        <p className="rounded-md border p-8 text-center text-sm text-muted-foreground">
          {page === 1 ? "This ledger has no balances yet." : "There are no balances on this page."}
        </p>
      ) : (
        <div className="flex flex-col gap-3">
          <BalancesTable rows={rows} />
          <Pagination
            label="Balances pages"
            page={page}
            hasNext={hasNext}
            hrefFor={(p) => `/balances?page=${p}`}
          />
        </div>
      )}
    </>
  );
}
