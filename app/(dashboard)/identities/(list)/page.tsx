import type { Metadata } from "next";
import Link from "next/link";
import { IdentitiesTable } from "@/app/(dashboard)/identities/(list)/_components/identities-table";
import { identitiesHref, parseIdentitiesQuery } from "@/app/(dashboard)/identities/(list)/_lib/search-params";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { FilterBar } from "@/components/filters/filter-bar";
import { openTablePage, type TablePageProps } from "@/components/record/table-page";
import { Pagination } from "@/components/ui/pagination";
import { COUNT_UNAVAILABLE, countText } from "@/lib/format/count";
import {
  identitiesRequest,
  loadIdentitiesPage,
  SEARCH_WITH_FILTERS,
  withBalanceCounts,
} from "./_lib/queries";

export const metadata: Metadata = { title: "Identities" };

export default async function IdentitiesPage({ searchParams }: TablePageProps) {
  const { params, scope } = await openTablePage("identities", "/identities", searchParams);
  const query = { ...parseIdentitiesQuery(params), filters: scope.filters };
  const result = await loadIdentitiesPage(query);
  const filterBar = scope.bar(identitiesRequest(query));
  if (query.q && query.filters) filterBar.notices.push(SEARCH_WITH_FILTERS);
  if (!result.ok) {
    return (
      <>
        <FilterBar {...filterBar} />
        <BlnkErrorState error={result.error} />
      </>
    );
  }

  const { rows, totalCount, pageSize } = result.data;
  const hasNext = totalCount === null ? rows.length === pageSize : query.page * pageSize < totalCount;
  return (
    <div className="flex flex-col gap-3">
      <FilterBar {...filterBar} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {identitiesCount(totalCount, query.filters ? "" : query.q, query.page)}
      </p>
      {rows.length === 0 && query.page === 1 ? (
        <div className="flex flex-col items-center gap-3 rounded-md border p-10 text-center text-sm text-muted-foreground">
          {query.filters ? (
            "No identities match these filters."
          ) : query.q ? (
            <>
              No identities match “{query.q}”. Search looks in first, last and organization names and emails.
              <Link href="/identities" className="text-primary underline underline-offset-4">
                Clear search
              </Link>
            </>
          ) : (
            "No identities yet. Identities are the people and organizations that own balances."
          )}
        </div>
      ) : (
        <>
          {rows.length === 0 ? (
            <p className="rounded-md border p-10 text-center text-sm text-muted-foreground">
              There are no identities on this page.
            </p>
          ) : (
            <IdentitiesTable rows={withBalanceCounts(rows)} />
          )}
          <Pagination
            label="Identities pages"
            page={query.page}
            hasNext={hasNext}
            hrefFor={(page) => identitiesHref({ q: query.q, page, filters: query.filters })}
          />
        </>
      )}
    </div>
  );
}

function identitiesCount(total: number | null, search: string, page: number): string {
  const noun = countText(total, { one: "identity", many: "identities" }, page);
  if (!search) return noun;
  return total === null
    ? `Page ${page} of matches for “${search}” · ${COUNT_UNAVAILABLE}`
    : `${noun} matching “${search}”`;
}
