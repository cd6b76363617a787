import "server-only";
import {
  blnkResult,
  type FilterQuery,
  GENERAL_LEDGER_ID,
  getLedger,
  isGeneralLedger,
  type Ledger,
  listLedgers,
  orNullIfMissing,
} from "@/lib/blnk";
import { queryFilters } from "@/lib/filters/server";

export const LEDGERS_PAGE_SIZE = 20;

export type LedgerRow = { id: string; name: string; createdAt: string; isGeneral: boolean };

export type LedgersPage = {
  rows: LedgerRow[];
  /** Every ledger, the General Ledger included; null when Blnk gave no count (an old Core). */
  totalCount: number | null;
  hasNext: boolean;
};

/**
 * One page of ledgers, newest first, with the General Ledger pinned above the first page: it is paged
 * separately (excluded from the list, fetched by ID), so pinning it never pushes another ledger off a page.
 */
export function loadLedgersPage(page: number, filtersText?: string) {
  if (filtersText) return loadFilteredLedgers(page, filtersText);
  return blnkResult<LedgersPage>(async () => {
    const [rest, general] = await Promise.all([
      listLedgers({
        filters: [{ field: "ledger_id", operator: "ne", value: GENERAL_LEDGER_ID }],
        sortBy: "created_at",
        sortOrder: "desc",
        limit: LEDGERS_PAGE_SIZE,
        offset: (page - 1) * LEDGERS_PAGE_SIZE,
        includeCount: true,
      }),
      orNullIfMissing(() => getLedger(GENERAL_LEDGER_ID)),
    ]);
    // An old Core's GET fallback may ignore the filter: never list the General Ledger twice.
    const others = rest.items.filter((ledger) => !isGeneralLedger(ledger));
    const rows = [...(general && page === 1 ? [general] : []), ...others].map(toRow);
    const totalCount = rest.totalCount === null ? null : rest.totalCount + (general ? 1 : 0);
    const hasNext =
      rest.totalCount === null
        ? rest.items.length === LEDGERS_PAGE_SIZE
        : page * LEDGERS_PAGE_SIZE < rest.totalCount;
    return { rows, totalCount, hasNext };
  });
}

/** The Ledgers table's Blnk request with filters (also what "Copy as API request" gives). */
export function ledgersRequest(page: number, filtersText: string | undefined): FilterQuery {
  const filters = queryFilters("ledgers", filtersText);
  // Unfiltered, the General Ledger is fetched by ID and pinned; the list leaves it out.
  if (!filtersText) filters.push({ field: "ledger_id", operator: "ne", value: GENERAL_LEDGER_ID });
  return {
    filters,
    sortBy: "created_at",
    sortOrder: "desc",
    limit: LEDGERS_PAGE_SIZE,
    offset: (page - 1) * LEDGERS_PAGE_SIZE,
    includeCount: true,
  };
}

/** Filtered, the ledgers are one plain list, the General Ledger among them where it matches. */
function loadFilteredLedgers(page: number, filtersText: string) {
  return blnkResult<LedgersPage>(async () => {
    const result = await listLedgers(ledgersRequest(page, filtersText));
    const hasNext =
      result.totalCount === null
        ? result.items.length === LEDGERS_PAGE_SIZE
        : page * LEDGERS_PAGE_SIZE < result.totalCount;
    return { rows: result.items.map(toRow), totalCount: result.totalCount, hasNext };
  });
}

function toRow(ledger: Ledger): LedgerRow {
  return {
    id: ledger.id,
    name: ledger.name,
    createdAt: ledger.createdAt,
    isGeneral: isGeneralLedger(ledger),
  };
}
