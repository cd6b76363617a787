import type { Metadata } from "next";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/actor";
import { countText } from "@/lib/format/count";
import { LedgersTable } from "./_components/ledgers-table";
import { loadLedgersPage } from "./_lib/queries";

export const metadata: Metadata = { title: "Ledgers" };

export default async function LedgersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageRole("viewer");
  const page = parsePage((await searchParams).page);
  const result = await loadLedgersPage(page);
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Ledgers" />
        <BlnkErrorState error={result.error} />
      </>
    );
  }
  const { rows, totalCount, hasNext } = result.data;
  return (
    <>
      <PageHeader
        title="Ledgers"
        description={countText(totalCount, { one: "ledger", many: "ledgers" }, page)}
      />
      <div className="flex flex-col gap-3">
        {rows.length === 0 ? (
          <p className="rounded-md border p-10 text-center text-sm text-muted-foreground">
            {page === 1 ? "No ledgers yet." : "There are no ledgers on this page."}
          </p>
        ) : (
          <LedgersTable rows={rows} />
        )}
        <Pagination
          label="Ledgers pages"
          page={page}
          hasNext={hasNext}
          hrefFor={(target) => (target > 1 ? `/ledgers?page=${target}` : "/ledgers")}
        />
      </div>
    </>
  );
}
