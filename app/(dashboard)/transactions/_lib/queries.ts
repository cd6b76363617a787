import "server-only";
import { cache } from "react";
import {
  type BlnkResult,
  blnkResult,
  type FilterQuery,
  filterTransactions,
  getTransaction,
  getTransactionByReference,
  orFallback,
  orNullIfMissing,
  type Transaction,
  type TransactionWithRaw,
} from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { queryFilters } from "@/lib/filters/server";
import { type FormattedMoney, formatMoney } from "@/lib/money";
import { collapseQueued, loneQueuedIds } from "@/lib/transactions/collapse-queued";
import { loadParties } from "@/lib/transactions/parties";
import { countTransactionsOnce, parentsWithChildElsewhere } from "@/lib/transactions/queued";
import type { Parties, TransactionRow, TransactionsPage, TransactionsQuery } from "@/lib/transactions/types";
import { loadWriteState, type WriteState } from "./write-state";

export const TRANSACTIONS_PAGE_SIZE = 20;

/** A table row: plain, serializable data, amounts exact in the transaction's currency. */
export function toTransactionRow(transaction: Transaction): TransactionRow {
  const table = getPrecisionTable();
  const side = (single: string | null, splits: { identifier: string }[] | undefined) => ({
    id: single || splits?.[0]?.identifier || null,
    count: splits && splits.length > 0 ? splits.length : single ? 1 : 0,
  });
  const source = side(transaction.source, transaction.sources);
  const destination = side(transaction.destination, transaction.destinations);
  return {
    id: transaction.id,
    reference: transaction.reference,
    currency: transaction.currency,
    amount: formatMoney(transaction.preciseAmount, transaction.currency, table),
    status: transaction.status,
    source: source.id,
    destination: destination.id,
    sourceCount: source.count,
    destinationCount: destination.count,
    effectiveDate: transaction.effectiveDate ?? transaction.createdAt,
    createdAt: transaction.createdAt,
  };
}

/**
 * One page of every transaction, newest first, queued pairs shown once. One Blnk call (and a second only when
 * a queued original's child may be on another page); no total, which is its own call (loadTransactionCount),
 * and no names, which the browser asks for next (loadParties): the rows are on screen after one call.
 */
/** The Transactions table's Blnk request for a page (also what "Copy as API request" gives). */
export function transactionsRequest(query: TransactionsQuery): FilterQuery {
  return {
    filters: queryFilters("transactions", query.filters),
    sortBy: "created_at",
    sortOrder: "desc",
    limit: TRANSACTIONS_PAGE_SIZE,
    offset: (query.page - 1) * TRANSACTIONS_PAGE_SIZE,
    includeCount: false,
  };
}

export function loadTransactionsList(query: TransactionsQuery) {
  const pageSize = TRANSACTIONS_PAGE_SIZE;
  return blnkResult<TransactionsPage>(async () => {
    // One extra row says whether another page follows.
    const result = await filterTransactions({ ...transactionsRequest(query), limit: pageSize + 1 });
    const items = result.items.slice(0, pageSize);
    const parentsWithChild = await orFallback(
      () => parentsWithChildElsewhere(loneQueuedIds(items)),
      new Set<string>(),
    );
    return {
      rows: collapseQueued(items, parentsWithChild).map(toTransactionRow),
      hasNext: result.items.length > pageSize,
      page: query.page,
      pageSize,
    };
  });
}

/** How many transactions there are, each queued pair counted once (null when Blnk gives no count). */
export function loadTransactionCount(filtersText?: string) {
  return blnkResult<number | null>(() => countTransactionsOnce(queryFilters("transactions", filtersText)));
}

/** The parties of a page (or a transaction), for the table's Source and Destination cells. */
export function loadTransactionParties(identifiers: readonly string[]) {
  return blnkResult<Parties>(() => loadParties(identifiers));
}

/** Transaction IDs as Core makes them (`txn_…`) or as a caller chose them: letters, digits and `_-.:@`. */
export const TRANSACTION_ID = /^[\w.:@-]{1,200}$/;

/**
 * One transaction and its raw record. Cached per request: the route's layout (404 before anything streams),
 * its metadata and its page share one call.
 */
export const loadTransaction = cache(
  (id: string): Promise<BlnkResult<TransactionWithRaw>> => blnkResult(() => getTransaction(id)),
);

export type TransactionSummary = {
  row: TransactionRow;
  description: string;
  parties: Parties;
  /** What its Quick Actions may offer: commit or void a hold, refund applied money. */
  writes: WriteState;
};

/** What the summary panel shows: the transaction, with both sides' owners resolved. */
export function loadTransactionSummary(id: string, canAct = false) {
  return blnkResult<TransactionSummary>(async () => {
    const { transaction } = await getTransaction(id);
    const row = toTransactionRow(transaction);
    const [parties, writes] = await Promise.all([
      orFallback(
        () => loadParties([row.source, row.destination].filter((side): side is string => !!side)),
        {},
      ),
      loadWriteState(transaction, canAct),
    ]);
    return { row, description: transaction.description, parties, writes };
  });
}

/** The longest reference looked up; anything longer cannot be one and is refused without asking Blnk. */
export const MAX_REFERENCE_LENGTH = 512;

/**
 * The transaction with this reference, null when none has it. Core routes on the decoded path, so a `/` in a
 * reference would split `GET /transactions/reference/:ref`; such a reference is looked up with the filter.
 */
export function findByReference(reference: string) {
  return blnkResult<Transaction | null>(async () => {
    if (!reference.includes("/")) return orNullIfMissing(() => getTransactionByReference(reference));
    const page = await filterTransactions({
      filters: [{ field: "reference", operator: "eq", value: reference }],
      limit: 1,
      offset: 0,
      includeCount: false,
    });
    return page.items[0] ?? null;
  });
}

export type LifecycleRole = "Original" | "Queued copy" | "Commit" | "Void" | "Refund" | "Child";

export type LifecycleEntry = {
  id: string;
  role: LifecycleRole;
  amount: FormattedMoney;
  status: string;
  reference: string;
  createdAt: string;
  /** The entry whose page this is. */
  isCurrent: boolean;
};

function roleOf(child: Transaction): LifecycleRole {
  if (child.reference.endsWith("_refund")) return "Refund";
  if (child.reference.endsWith("_q")) return "Queued copy";
  if (child.status === "VOID") return "Void";
  if (child.status === "APPLIED" || child.status === "COMMIT") return "Commit";
  return "Child";
}

/** A timestamp as a sortable pair: whole milliseconds, then the digits below them (Go drops trailing zeros). */
function timeKey(iso: string): [number, number] {
  const fraction = /\.(\d+)/.exec(iso)?.[1] ?? "";
  return [Date.parse(iso), Number(fraction.padEnd(9, "0").slice(3, 9))];
}

const oldestFirst = (a: Transaction, b: Transaction) => {
  const [aMs, aRest] = timeKey(a.createdAt);
  const [bMs, bRest] = timeKey(b.createdAt);
  return aMs - bMs || aRest - bRest || a.id.localeCompare(b.id);
};

/** How far up (a commit of a queued hold's copy → the copy → the original) and down the family is followed. */
const LIFECYCLE_DEPTH = 3;

export async function loadLifecycle(transaction: Transaction): Promise<LifecycleEntry[]> {
  let root = transaction;
  for (let up = 0; up < LIFECYCLE_DEPTH && root.parentTransaction; up++) {
    const parentId = root.parentTransaction;
    const parent = await orNullIfMissing(async () => (await getTransaction(parentId)).transaction);
    if (!parent) break;
    root = parent;
  }
  const childrenOf = async (ids: string[]) =>
    ids.length === 0
      ? []
      : (
          await filterTransactions({
            filters: [{ field: "parent_transaction", operator: "in", values: ids }],
            sortBy: "created_at",
            sortOrder: "asc",
            limit: 100,
            offset: 0,
            includeCount: false,
          })
        ).items;
  // Generation by generation: the original's children (commits, voids, refunds, a queued copy), theirs (the
  // commit of a queued hold's copy, a queued refund's copy), and one more.
  const descendants: Transaction[] = [];
  let generation = [root];
  for (let down = 0; down < LIFECYCLE_DEPTH && generation.length > 0; down++) {
    generation = await childrenOf(generation.map((member) => member.id));
    descendants.push(...generation);
  }
  const table = getPrecisionTable();
  const seen = new Set<string>();
  const family = [root, ...descendants.sort(oldestFirst)].filter((member) => {
    if (seen.has(member.id)) return false;
    seen.add(member.id);
    return true;
  });
  if (family.length === 1) return [];
  return family.map((member, index) => ({
    id: member.id,
    role: index === 0 ? "Original" : roleOf(member),
    amount: formatMoney(member.preciseAmount, member.currency, table),
    status: member.status,
    reference: member.reference,
    createdAt: member.createdAt,
    isCurrent: member.id === transaction.id,
  }));
}
