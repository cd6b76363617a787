import "server-only";
import { loadBalanceCount } from "@/lib/balances/queries";
import { blnkResult, type FilterQuery, filterIdentities, type Identity, type Page } from "@/lib/blnk";
import { queryFilters } from "@/lib/filters/server";
import { type RecordCount, settleCount } from "@/lib/format/count";
import { countryName, identityTypeLabel } from "@/lib/identities/fields";
import { matchesFullName, mergedPageSlices, planIdentitySearch } from "@/lib/identities/search-filters";
import type { IdentitiesQuery } from "./search-params";

export const IDENTITIES_PAGE_SIZE = 20;

/** One row of the Identities table: plain strings only, ready for a client component. */
export type IdentityRow = {
  id: string;
  name: string;
  type: string;
  email: string;
  country: string;
  createdAt: string;
};

/** A row as the table gets it: with how many balances the identity owns, a count that streams in later. */
export type IdentityTableRow = IdentityRow & { balances: Promise<RecordCount> };

export type IdentitiesPage = {
  rows: IdentityRow[];
  /** null when Blnk gave no count. */
  totalCount: number | null;
  page: number;
  pageSize: number;
};

const NEWEST_FIRST = { sortBy: "created_at", sortOrder: "desc", includeCount: true } as const;

function toRow(identity: Identity): IdentityRow {
  return {
    id: identity.id,
    name: identity.displayName,
    type: identityTypeLabel(identity.type),
    email: identity.email,
    country: countryName(identity.country),
    createdAt: identity.createdAt,
  };
}

/**
 * One page of identities, newest first, searched on the server by name or email. Paging goes through
 * `POST /identities/filter`: Core's plain GET /identities ignores limit and offset.
 */
export function loadIdentitiesPage(query: IdentitiesQuery, pageSize = IDENTITIES_PAGE_SIZE) {
  return blnkResult<IdentitiesPage>(async () => {
    const { items, totalCount } = await searchIdentities(query, pageSize);
    return { rows: items.map(toRow), totalCount, page: query.page, pageSize };
  });
}

/**
 * Each row with its balance count (`POST /balances/filter`, identity_id eq, limit 1, include_count), one call
 * per row, started here and not awaited: the table renders at once and each number streams in.
 */
export function withBalanceCounts(rows: IdentityRow[]): IdentityTableRow[] {
  return rows.map((row) => ({
    ...row,
    balances: settleCount(loadBalanceCount({ page: 1, identityId: row.id })),
  }));
}

/** The table's Blnk request with filters (also what "Copy as API request" gives; the search has its own). */
export function identitiesRequest(query: IdentitiesQuery, pageSize = IDENTITIES_PAGE_SIZE): FilterQuery {
  const filters = queryFilters("identities", query.filters);
  return { ...NEWEST_FIRST, filters, limit: pageSize, offset: (query.page - 1) * pageSize };
}

/** Core joins a request's filters with one operator: a search (any of) cannot be combined with filters (all of). */
export const SEARCH_WITH_FILTERS =
  "The search is not applied while filters are: Blnk cannot match “any field” and “all filters” in one request. Add a name or email filter instead.";

async function searchIdentities(query: IdentitiesQuery, pageSize: number): Promise<Page<Identity>> {
  if (query.filters) return countedPage(identitiesRequest(query, pageSize));
  const plan = planIdentitySearch(query.q);
  const offset = (query.page - 1) * pageSize;
  if (plan.kind === "all") return countedPage({ ...NEWEST_FIRST, limit: pageSize, offset });
  const anyField = { ...NEWEST_FIRST, logicalOperator: "or", filters: plan.anyField } as const;
  if (plan.kind === "any-field") return countedPage({ ...anyField, limit: pageSize, offset });

  // Full-name matches first, then the any-field matches. The first request tells how many full-name matches
  // there are, which places this page in the combined list.
  const byName = await countedPage({ ...NEWEST_FIRST, limit: pageSize, offset, filters: plan.fullName });
  const firstCount = byName.totalCount ?? offset + byName.items.length;
  const { first, second } = mergedPageSlices({ page: query.page, pageSize, firstCount });
  // When full-name matches fill the page, this request is only for the count.
  const byField = await countedPage({ ...anyField, offset: second?.offset ?? 0, limit: second?.limit ?? 1 });
  const named = first ? byName.items.slice(0, first.limit) : [];
  // A row matching both is listed once, with the full-name matches. It is still counted in both totals (the
  // overlap is unknown without reading every row), so a rare page can be one row short.
  const others = second ? byField.items.filter((identity) => !matchesFullName(identity, plan.words)) : [];
  const totalCount =
    byName.totalCount === null || byField.totalCount === null ? null : byName.totalCount + byField.totalCount;
  return { items: [...named, ...others], totalCount };
}

/**
 * A page with its total. Core counts with COUNT(*) OVER() on the rows it returns, so a page past the end has
 * no count (it is not 0): ask again for the first row only.
 */
async function countedPage(query: FilterQuery): Promise<Page<Identity>> {
  const page = await filterIdentities(query);
  if (page.items.length > 0 || query.offset === 0) return page;
  const head = await filterIdentities({ ...query, offset: 0, limit: 1 });
  return { items: [], totalCount: head.totalCount };
}
