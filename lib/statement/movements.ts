import "server-only";
import { type BlnkFilter, filterTransactions, type Transaction } from "@/lib/blnk";
import { BlnkError } from "@/lib/blnk/errors";
import { MAX_PAGE_SIZE } from "@/lib/blnk/filter";
import type { Period } from "./period";

/*
 * The movements of a period exactly as Core's historical balance counts them (database/balance.go
 * fetchTransactions): APPLIED rows naming the balance as source or destination, whose effective date (or
 * creation time when there is none) falls after the opening moment and at or before the closing one. Only
 * APPLIED rows move a balance, so each logical movement is one row: a queued transaction's original stays
 * QUEUED beside its APPLIED copy, a hold stays INFLIGHT beside the APPLIED row of each commit.
 *
 * Core's filter cannot say "COALESCE(effective_date, created_at)", so rows with an effective date and rows
 * without one are two queries, each read in order and merged. Pages are read one at a time; nothing holds
 * more than a page.
 */

export const APPLIED = "APPLIED";

export type Movement = Pick<
  Transaction,
  "id" | "reference" | "description" | "currency" | "source" | "destination" | "parentTransaction"
> & {
  /** The moment Core counts it at: the effective date, else the creation time. */
  at: string;
  credit: bigint;
  debit: bigint;
};

/** What a row does to the balance: credited when it is the destination, debited when the source. */
export function toMovement(transaction: Transaction, balanceId: string): Movement {
  const amount = transaction.preciseAmount;
  return {
    id: transaction.id,
    reference: transaction.reference,
    description: transaction.description,
    currency: transaction.currency,
    source: transaction.source,
    destination: transaction.destination,
    parentTransaction: transaction.parentTransaction,
    at: transaction.effectiveDate ?? transaction.createdAt,
    credit: transaction.destination === balanceId ? amount : 0n,
    debit: transaction.source === balanceId ? amount : 0n,
  };
}

/**
 * A key that may read but not search gets Core's GET lists, which are newest first whatever is asked: a
 * statement needs date order (POST /transactions/filter, which Core counts as a write).
 */
function orderUnavailable(): BlnkError {
  return new BlnkError({
    status: 403,
    code: "STATEMENT_NEEDS_FILTER",
    kind: "forbidden",
    message:
      "a statement lists transactions in date order through POST /transactions/filter, which Core counts as a write: the key needs transactions:write",
  });
}

async function* pagesOf(filters: BlnkFilter[], sortBy: "effective_date" | "created_at") {
  for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
    const page = await filterTransactions({
      filters,
      sortBy,
      sortOrder: "asc",
      limit: MAX_PAGE_SIZE,
      offset,
      includeCount: false,
    });
    if (page.orderUnavailable) throw orderUnavailable();
    yield* page.items;
    if (page.items.length < MAX_PAGE_SIZE) return;
  }
}

function rowsOf(balanceId: string, period: Period, dated: boolean) {
  const field = dated ? "effective_date" : "created_at";
  const filters: BlnkFilter[] = [
    { field: "balance_id", operator: "eq", value: balanceId },
    { field: "status", operator: "eq", value: APPLIED },
    ...(dated ? [] : [{ field: "effective_date", operator: "isnull" } as BlnkFilter]),
    { field, operator: "gt", value: period.openingAt },
    { field, operator: "lte", value: period.closingAt },
  ];
  return pagesOf(filters, field);
}

/** The period's movements, oldest first (ties in Blnk's order), read a page at a time. */
export async function* movementsIn(balanceId: string, period: Period): AsyncGenerator<Movement> {
  const dated = rowsOf(balanceId, period, true);
  const undated = rowsOf(balanceId, period, false);
  let a = await dated.next();
  let b = await undated.next();
  while (!a.done || !b.done) {
    const takeA = b.done || (!a.done && time(a.value) <= time(b.value));
    if (takeA && !a.done) {
      yield toMovement(a.value, balanceId);
      a = await dated.next();
    } else if (!b.done) {
      yield toMovement(b.value, balanceId);
      b = await undated.next();
    }
  }
}

function time(transaction: Transaction): number {
  return new Date(transaction.effectiveDate ?? transaction.createdAt).getTime();
}
