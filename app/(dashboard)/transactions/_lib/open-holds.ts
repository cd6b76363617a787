import "server-only";
import {
  type BlnkFilter,
  blnkResult,
  filterBalances,
  filterTransactions,
  listLedgers,
  MAX_PAGE_SIZE,
  orFallback,
  type Transaction,
} from "@/lib/blnk";
import { settlementParentIds } from "@/lib/transactions/hold-settlement";
import { namedChildrenOf, toHoldView } from "./holds";
import type { HoldsDeskPage, HoldsDeskQuery, OpenHoldRow } from "./holds-desk";
import { toTransactionRow } from "./queries";

// The holds desk's rows: every INFLIGHT transaction still holding money, oldest first. Core keeps a settled
// hold INFLIGHT (its commits and voids are child rows), so the holds are read 100 at a time, oldest first,
// with their children, and the settled ones dropped; a page stops at 100 open holds or 1,000 holds looked at,
// and the next page goes on from there.

export const DESK_PAGE_SIZE = 100;
const BATCHES_PER_PAGE = 10;

/** Which ledger each balance is in (balances the lookup does not return: unknown, so not in any ledger). */
async function ledgersOf(balanceIds: readonly string[], known: Map<string, string>): Promise<void> {
  const missing = [...new Set(balanceIds)].filter((id) => !id.startsWith("@") && !known.has(id));
  for (let at = 0; at < missing.length; at += MAX_PAGE_SIZE) {
    const chunk = missing.slice(at, at + MAX_PAGE_SIZE);
    const page = await filterBalances({
      filters: [{ field: "balance_id", operator: "in", values: chunk }],
      limit: chunk.length,
      offset: 0,
      includeCount: false,
    });
    for (const balance of page.items) known.set(balance.id, balance.ledgerId);
  }
}

const sides = (hold: Transaction) =>
  [
    hold.source,
    hold.destination,
    ...(hold.sources ?? []).map((split) => split.identifier),
    ...(hold.destinations ?? []).map((split) => split.identifier),
  ].filter((side): side is string => !!side);

/** One batch of holds as desk rows: those still holding money (expired ones too, marked), in the ledger. */
async function openRows(
  holds: readonly Transaction[],
  query: HoldsDeskQuery,
  ledgers: Map<string, string>,
  now: number,
): Promise<OpenHoldRow[]> {
  const children = await namedChildrenOf(settlementParentIds(holds));
  if (query.ledgerId) await ledgersOf(holds.flatMap(sides), ledgers);
  const rows: OpenHoldRow[] = [];
  for (const hold of holds) {
    if (query.ledgerId && !sides(hold).some((side) => ledgers.get(side) === query.ledgerId)) continue;
    const view = toHoldView(hold, children, now);
    if (view.standing !== "open" && view.standing !== "expired") continue;
    rows.push({
      ...toTransactionRow(hold),
      left: view.left,
      expiresAt: view.expiresAt,
      isExpired: view.standing === "expired",
    });
  }
  return rows;
}

export function loadOpenHolds(query: HoldsDeskQuery) {
  return blnkResult<HoldsDeskPage>(async () => {
    const now = Date.now();
    const filters: BlnkFilter[] = [{ field: "status", operator: "eq", value: "INFLIGHT" }];
    if (query.currency) filters.push({ field: "currency", operator: "eq", value: query.currency });
    const ledgers = new Map<string, string>();
    const rows: OpenHoldRow[] = [];
    let offset = query.from;
    let nextFrom: number | null = null;
    let orderUnavailable = false;
    for (let batch = 0; batch < BATCHES_PER_PAGE; batch++) {
      const page = await filterTransactions({
        filters,
        sortBy: "created_at",
        sortOrder: "asc",
        limit: MAX_PAGE_SIZE,
        offset,
        includeCount: false,
      });
      orderUnavailable ||= page.orderUnavailable === true;
      const found = await openRows(page.items, query, ledgers, now);
      const room = DESK_PAGE_SIZE - rows.length;
      if (found.length > room) {
        // The page is full inside this batch: the next page starts right after its last row.
        const last = found[room - 1];
        rows.push(...found.slice(0, room));
        nextFrom = offset + page.items.findIndex((hold) => hold.id === last?.id) + 1;
        break;
      }
      rows.push(...found);
      offset += page.items.length;
      nextFrom = page.items.length < MAX_PAGE_SIZE ? null : offset;
      if (nextFrom === null) break;
      if (rows.length === DESK_PAGE_SIZE) break;
    }
    return { rows, nextFrom, loadedAt: now, orderUnavailable, query };
  });
}

/** The ledgers the filter offers (the first 100 by name order Core gives), or none when they cannot be read. */
export function loadLedgerChoices() {
  return orFallback(
    async () =>
      (await listLedgers({ limit: MAX_PAGE_SIZE, offset: 0, includeCount: false })).items.map((ledger) => ({
        id: ledger.id,
        name: ledger.name,
      })),
    [] as { id: string; name: string }[],
  );
}
