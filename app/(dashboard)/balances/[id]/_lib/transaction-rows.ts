import {
  type BalanceRef,
  counterpartyOf,
  type Direction,
  directionOf,
  isIndicator,
} from "@/app/(dashboard)/balances/[id]/_lib/direction";
import type { Balance, Transaction } from "@/lib/blnk";
import { type FormattedMoney, formatMoney, type PrecisionTable } from "@/lib/money";

/** The other side of a transaction, as the table shows it. */
export type Counterparty =
  /** A balance found by the batched lookup: internal ones show their `@indicator`, others currency + ID. */
  | { kind: "balance"; id: string; currency: string; indicator: string | null }
  /** A balance ID the lookup did not return (deleted data, or a lookup that failed): linked by ID anyway. */
  | { kind: "unresolved"; id: string }
  /** A literal `@Indicator` Core has not resolved to a balance yet (a still-queued transaction). */
  | { kind: "indicator"; indicator: string };

/** One row of a balance's transactions table: plain, serializable data formatted on the server. */
export type BalanceTransactionRow = {
  id: string;
  reference: string;
  currency: string;
  amount: FormattedMoney;
  /** Relative to the balance the table belongs to; null when the transaction names it on neither side. */
  direction: Direction | null;
  status: string;
  counterparty: Counterparty | null;
  /** The effective date, or the creation time when the transaction has none. */
  effectiveDate: string;
};

export type CounterpartyBalance = Pick<Balance, "id" | "currency" | "indicator">;

export function toCounterparty(
  identifier: string | null,
  balances: ReadonlyMap<string, CounterpartyBalance>,
): Counterparty | null {
  if (!identifier) return null;
  if (isIndicator(identifier)) return { kind: "indicator", indicator: identifier };
  const found = balances.get(identifier);
  return found
    ? { kind: "balance", id: found.id, currency: found.currency, indicator: found.indicator }
    : { kind: "unresolved", id: identifier };
}

/** Table rows for transactions seen from `balance`, with amounts exact in the transaction's currency. */
export function toTransactionRows(
  transactions: readonly Transaction[],
  balance: BalanceRef,
  counterparties: ReadonlyMap<string, CounterpartyBalance>,
  table: PrecisionTable,
): BalanceTransactionRow[] {
  return transactions.map((transaction) => ({
    id: transaction.id,
    reference: transaction.reference,
    currency: transaction.currency,
    amount: formatMoney(transaction.preciseAmount, transaction.currency, table),
    direction: directionOf(transaction, balance),
    status: transaction.status,
    counterparty: toCounterparty(counterpartyOf(transaction, balance), counterparties),
    effectiveDate: transaction.effectiveDate ?? transaction.createdAt,
  }));
}
