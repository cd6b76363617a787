import "server-only";
import { listLedgers } from "@/lib/blnk";
import { type LedgerOption, toLedgerOption } from "@/lib/create-balance/search";

// Ledgers are few (a handful to a few hundred): the browser loads them once and searches them itself as you
// type, asking the server only when the list is too long to hold or a name is not in it.

/** Pages of 100 (Core's largest) read at most: past 500 ledgers the browser searches on the server instead. */
const MAX_PAGES = 5;
const PAGE = 100;

export type LedgerDirectory = {
  /** Newest first, as the server search orders them. */
  ledgers: LedgerOption[];
  /** True when these are all the ledgers there are; false when there were too many to list. */
  complete: boolean;
};

export async function ledgerDirectory(): Promise<LedgerDirectory> {
  const ledgers: LedgerOption[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items } = await listLedgers({
      sortBy: "created_at",
      sortOrder: "desc",
      limit: PAGE,
      offset: page * PAGE,
      includeCount: false,
    });
    ledgers.push(...items.slice(0, PAGE).map(toLedgerOption));
    if (items.length < PAGE) return { ledgers, complete: true };
  }
  return { ledgers, complete: false };
}
