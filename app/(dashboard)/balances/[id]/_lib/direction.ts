import type { Transaction } from "@/lib/blnk";

/** The balance a list of transactions is viewed from: its ID, and its `@indicator` for internal balances. */
export type BalanceRef = { id: string; indicator?: string | null };

export type TransactionSides = Pick<Transaction, "source" | "destination" | "sources" | "destinations">;

/** Credit: money came into the viewed balance (it is the destination). Debit: money left it (the source). */
export type Direction = "credit" | "debit";

/**
 * True when a transaction's `source`/`destination` names this balance. Core may still hold the literal
 * `@Indicator` a caller sent (the queued parent row, before the worker resolves it), so that counts too.
 */
export function isSameBalance(identifier: string | null | undefined, balance: BalanceRef): boolean {
  if (!identifier) return false;
  return identifier === balance.id || (Boolean(balance.indicator) && identifier === balance.indicator);
}

function inSplits(splits: TransactionSides["sources"], balance: BalanceRef): boolean {
  return (splits ?? []).some((split) => isSameBalance(split.identifier, balance));
}

/**
 * Whether the transaction credits or debits the viewed balance; null when it names the balance on neither
 * side (a row the filter matched for another reason, or a split whose legs are not listed).
 */
export function directionOf(transaction: TransactionSides, balance: BalanceRef): Direction | null {
  if (isSameBalance(transaction.destination, balance) || inSplits(transaction.destinations, balance)) {
    return "credit";
  }
  if (isSameBalance(transaction.source, balance) || inSplits(transaction.sources, balance)) return "debit";
  return null;
}

/**
 * The other side of the transaction as Core names it (a balance ID or an `@Indicator`): the source of a
 * credit, the destination of a debit. null when the direction is unknown or the other side is a split
 * across several balances.
 */
export function counterpartyOf(transaction: TransactionSides, balance: BalanceRef): string | null {
  const direction = directionOf(transaction, balance);
  if (direction === "credit") return transaction.source ?? singleSplit(transaction.sources);
  if (direction === "debit") return transaction.destination ?? singleSplit(transaction.destinations);
  return null;
}

function singleSplit(splits: TransactionSides["sources"]): string | null {
  return splits?.length === 1 ? (splits[0]?.identifier ?? null) : null;
}

/** An `@Indicator` rather than a balance ID: internal balances named the way a caller wrote them. */
export function isIndicator(identifier: string): boolean {
  return identifier.startsWith("@");
}

/**
 * The distinct counterparty balance IDs of a page of transactions, in first-seen order, for one batched
 * `balance_id in […]` lookup. Indicators are left out (they are not IDs), and so is the viewed balance.
 */
export function counterpartyBalanceIds(
  transactions: readonly TransactionSides[],
  balance: BalanceRef,
): string[] {
  const ids = new Set<string>();
  for (const transaction of transactions) {
    const other = counterpartyOf(transaction, balance);
    if (other && !isIndicator(other) && other !== balance.id) ids.add(other);
  }
  return [...ids];
}
