import "server-only";
import { filterTransactions, MAX_PAGE_SIZE, type Transaction } from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { type FormattedMoney, formatMoney } from "@/lib/money";
import {
  type HoldStanding,
  holdExpiry,
  holdSettlement,
  holdStanding,
  type SettlementKind,
  settlementParentIds,
} from "@/lib/transactions/hold-settlement";

// A hold as the pages show it and the commit and void dialogs need it: what was held, what commits took,
// what is left (all read back from Blnk's rows), and every commit and void, oldest first.

export type HoldHistoryEntry = {
  id: string;
  kind: SettlementKind;
  amount: FormattedMoney;
  status: string;
  reference: string;
  createdAt: string;
};

export type HoldView = {
  id: string;
  currency: string;
  held: FormattedMoney;
  committed: FormattedMoney;
  left: FormattedMoney;
  /** What a commit may still take, in minor units (the "Amount to commit" limit). */
  leftMinor: bigint;
  /** Digits after the point in "Amount to commit": the currency's, or 0 (minor units) when it is not known. */
  decimals: number;
  isPrecisionKnown: boolean;
  standing: HoldStanding;
  expiresAt: string | null;
  history: HoldHistoryEntry[];
};

/** Children of these transactions, oldest first, every page of them (Core's filter pages at 100). */
export async function childrenOf(parentIds: readonly string[], maxPages = 10): Promise<Transaction[]> {
  if (parentIds.length === 0) return [];
  const children: Transaction[] = [];
  for (let page = 0; page < maxPages; page++) {
    const result = await filterTransactions({
      filters: [{ field: "parent_transaction", operator: "in", values: [...parentIds] }],
      sortBy: "created_at",
      sortOrder: "asc",
      limit: MAX_PAGE_SIZE,
      offset: page * MAX_PAGE_SIZE,
      includeCount: false,
    });
    children.push(...result.items);
    if (result.items.length < MAX_PAGE_SIZE) break;
  }
  return children;
}

const LOOKUPS_AT_ONCE = 8;

/**
 * Children of these transactions, each naming its parent: one query, or on a Core whose filter rows leave
 * `parent_transaction` empty (0.13.2–0.15.0) one `eq` query per parent, which those versions do apply.
 */
export async function namedChildrenOf(parentIds: readonly string[]): Promise<Transaction[]> {
  const rows = await childrenOf(parentIds);
  if (rows.every((row) => row.parentTransaction)) return rows;
  const named: Transaction[] = [];
  for (let at = 0; at < parentIds.length; at += LOOKUPS_AT_ONCE) {
    const chunk = parentIds.slice(at, at + LOOKUPS_AT_ONCE);
    const each = await Promise.all(
      chunk.map(async (id) =>
        (await childrenOf([id])).map((row) =>
          row.parentTransaction ? row : { ...row, parentTransaction: id },
        ),
      ),
    );
    named.push(...each.flat());
  }
  return named;
}

/**
 * The children that may settle one hold. Core 0.13.2–0.15.0 leave `parent_transaction` empty on filter rows;
 * asked with `eq` for a hold without a parent, every row returned is the hold's own, so it is named.
 */
export async function settlementRowsOf(hold: Transaction): Promise<Transaction[]> {
  const ids = settlementParentIds([hold]);
  const rows = await childrenOf(ids);
  if (ids.length > 1) return rows;
  return rows.map((row) => (row.parentTransaction ? row : { ...row, parentTransaction: hold.id }));
}

export function toHoldView(hold: Transaction, children: readonly Transaction[], now: number): HoldView {
  const table = getPrecisionTable();
  const money = (amount: bigint) => formatMoney(amount, hold.currency, table);
  const settlement = holdSettlement(hold, children);
  const expiresAt = holdExpiry(hold);
  const known = table.lookup(hold.currency);
  return {
    id: hold.id,
    currency: hold.currency,
    held: money(hold.preciseAmount),
    committed: money(settlement.committed),
    left: money(settlement.left),
    leftMinor: settlement.left,
    decimals: known?.decimals ?? 0,
    isPrecisionKnown: known !== null,
    standing: holdStanding(settlement, expiresAt, now),
    expiresAt,
    history: settlement.settlements.map(({ child, kind }) => ({
      id: child.id,
      kind,
      amount: money(child.preciseAmount),
      status: child.status,
      reference: child.reference,
      createdAt: child.createdAt,
    })),
  };
}

/** The hold's view, read fresh from Blnk; null for a transaction that is not a hold. */
export async function loadHoldView(transaction: Transaction): Promise<HoldView | null> {
  if (transaction.status !== "INFLIGHT") return null;
  return toHoldView(transaction, await settlementRowsOf(transaction), Date.now());
}
