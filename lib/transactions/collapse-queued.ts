import type { Transaction } from "@/lib/blnk";

type Row = Pick<Transaction, "id" | "status" | "parentTransaction">;

export const QUEUED = "QUEUED";

/*
 * Core's default (queued) path stores the original transaction as QUEUED and, once its worker has processed it,
 * a child row (`<ref>_q`, `parent_transaction` = the original) with the real outcome: APPLIED, INFLIGHT or
 * REJECTED. Both rows match a balance's transaction filter, but they are one movement of money. The child is
 * the row to show (it has the outcome and the resolved balance IDs); a QUEUED original without a child is
 * still waiting for the worker, and is shown as it is.
 *
 * Other children (the commit or void of an inflight transaction) are separate events and stay.
 */

/**
 * Drops every QUEUED row whose child is on the page, or is known to exist elsewhere (`parentsWithChild`:
 * the child of a pair split across two pages lands on the newer page, so the older page asks for it).
 * Keeps the order of `rows`.
 */
export function collapseQueued<T extends Row>(
  rows: readonly T[],
  parentsWithChild: ReadonlySet<string> = new Set(),
): T[] {
  const parentIds = new Set(rows.map((row) => row.parentTransaction).filter((id): id is string => !!id));
  return rows.filter(
    (row) => row.status !== QUEUED || !(parentIds.has(row.id) || parentsWithChild.has(row.id)),
  );
}

/** IDs of QUEUED rows with no child on this page: the ones whose child may be on another page. */
export function loneQueuedIds(rows: readonly Row[]): string[] {
  const parentIds = new Set(rows.map((row) => row.parentTransaction).filter((id): id is string => !!id));
  return rows.filter((row) => row.status === QUEUED && !parentIds.has(row.id)).map((row) => row.id);
}
