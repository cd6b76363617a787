import "server-only";
import {
  blnkResult,
  GENERAL_LEDGER_ID,
  getLedger,
  isGeneralLedger,
  type Ledger,
  listLedgers,
  orNullIfMissing,
} from "@/lib/blnk";

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
export function loadLedgersPage(page: number) {
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

function toRow(ledger: Ledger): LedgerRow {
  return {
    id: ledger.id,
    name: ledger.name,
    createdAt: ledger.createdAt,
    isGeneral: isGeneralLedger(ledger),
  };
}
