import type { Metadata } from "next";
import { CreateLedgerButton } from "@/components/create-ledger/create-ledger-provider";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { FilterBar } from "@/components/filters/filter-bar";
import { openTablePage, type TablePageProps } from "@/components/record/table-page";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { countText } from "@/lib/format/count";
import { LedgersTable } from "./_components/ledgers-table";
import { ledgersRequest, loadLedgersPage } from "./_lib/queries";

export const metadata: Metadata = { title: "Ledgers" };

export default async function LedgersPage({ searchParams }: TablePageProps) {
  const { params, scope } = await openTablePage("ledgers", "/ledgers", searchParams);
  const page = parsePage(params.page);
  const { filters } = scope;
  const result = await loadLedgersPage(page, filters);
  const filterBar = <FilterBar {...scope.bar(ledgersRequest(page, filters))} />;
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Ledgers" actions={<CreateLedgerButton />} />
        {filterBar}
        <BlnkErrorState error={result.error} />
      </>
    );
  }
  const { rows, totalCount, hasNext } = result.data;
  return (
    <>
      <PageHeader
        title="Ledgers"
        actions={<CreateLedgerButton />}
        description={countText(totalCount, { one: "ledger", many: "ledgers" }, page)}
      />
      {filterBar}
      <div className="flex flex-col gap-3">
        {rows.length === 0 ? (
          <p className="rounded-md border p-10 text-center text-sm text-muted-foreground">
            {filters
              ? "No ledgers match these filters."
              : page === 1
                ? "No ledgers yet."
                : "There are no ledgers on this page."}
          </p>
        ) : (
          <LedgersTable rows={rows} />
        )}
        <Pagination
          label="Ledgers pages"
          page={page}
          hasNext={hasNext}
          hrefFor={(target) => {
            const query = new URLSearchParams(filters ?? "");
            if (target > 1) query.set("page", String(target));
            return query.size > 0 ? `/ledgers?${query}` : "/ledgers";
          }}
        />
      </div>
    </>
  );
}
