import "server-only";
import type { BlnkFilter, FilterQuery } from "./filter";
import { filterPage } from "./list";
import type { BlnkCallOptions } from "./request";
import { transactionSchema } from "./transaction-schema";
import type { Page, Transaction } from "./types";

export interface FilterTransactionsOptions extends FilterQuery {
  /** Transactions where this balance is the source OR the destination (Core's virtual `balance_id` field). */
  balanceId?: string;
}

/**
 * A page of transactions via `POST /transactions/filter`. Lists include both a queued original and its
 * applied child (`parentTransaction`); callers showing activity decide how to collapse them.
 */
export function filterTransactions(
  options: FilterTransactionsOptions,
  call?: BlnkCallOptions,
): Promise<Page<Transaction>> {
  const { balanceId, filters = [], ...rest } = options;
  const all: BlnkFilter[] = balanceId
    ? [{ field: "balance_id", operator: "eq", value: balanceId }, ...filters]
    : [...filters];
  return filterPage("transactions", { ...rest, filters: all }, transactionSchema, call);
}
