import "server-only";
import { z } from "zod";
import { parseRawJson, type RawJson } from "@/lib/format/raw-json";
import type { BlnkFilter, FilterQuery } from "./filter";
import { parseJson } from "./json";
import { filterPage } from "./list";
import { type BlnkCallOptions, blnkRequest } from "./request";
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

/** A transaction, and the record exactly as Blnk sent it (numbers as their source text) for the raw views. */
export type TransactionWithRaw = { transaction: Transaction; raw: RawJson };

const withRawSchema = z
  .object({ value: z.unknown(), raw: z.custom<RawJson>() })
  .transform(({ value, raw }, ctx): TransactionWithRaw => {
    const parsed = transactionSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ ...issue, code: "custom", message: issue.message });
      return z.NEVER;
    }
    return { transaction: parsed.data, raw };
  });

/** The body read twice: losslessly for the schema, and into a RawJson tree in Blnk's own key order. */
const parseWithRaw = (text: string) => ({ value: parseJson(text), raw: parseRawJson(text) });

/** One transaction by ID (`GET /transactions/:id`); `BlnkError` kind "not_found" when there is none. */
export function getTransaction(id: string, call?: BlnkCallOptions): Promise<TransactionWithRaw> {
  return blnkRequest("GET", `/transactions/${encodeURIComponent(id)}`, {
    ...call,
    schema: withRawSchema,
    parse: parseWithRaw,
  });
}

/** The transaction with this reference (`GET /transactions/reference/:reference`); "not_found" when none. */
export function getTransactionByReference(reference: string, call?: BlnkCallOptions): Promise<Transaction> {
  return blnkRequest("GET", `/transactions/reference/${encodeURIComponent(reference)}`, {
    ...call,
    schema: transactionSchema,
  });
}
