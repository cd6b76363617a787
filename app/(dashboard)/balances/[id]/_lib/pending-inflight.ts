import type { Transaction } from "@/lib/blnk";

type Hold = Pick<Transaction, "id" | "parentTransaction" | "preciseAmount" | "createdAt">;
type Child = Pick<Transaction, "parentTransaction" | "status" | "preciseAmount">;

const COMMITTED = new Set(["APPLIED", "COMMIT"]);
const VOIDED = new Set(["VOID", "VOIDED"]);

/*
 * Blnk never rewrites a transaction: committing or voiding an inflight hold records a child row and leaves the
 * hold's own status INFLIGHT. So "status = INFLIGHT" finds every hold ever placed, and the oldest of them is
 * usually long settled. A hold is still pending until a void child exists or its committed children add up to
 * its amount (partial commits leave the rest pending).
 */

/** The IDs whose children settle these holds: the hold itself and, for Core's queued copies, its original. */
export function settlementParentIds(holds: readonly Hold[]): string[] {
  const ids = new Set<string>();
  for (const hold of holds) {
    ids.add(hold.id);
    if (hold.parentTransaction) ids.add(hold.parentTransaction);
  }
  return [...ids];
}

export function isHoldSettled(hold: Hold, children: readonly Child[]): boolean {
  let committed = 0n;
  for (const child of children) {
    const parent = child.parentTransaction;
    if (!parent || (parent !== hold.id && parent !== hold.parentTransaction)) continue;
    if (VOIDED.has(child.status)) return true;
    if (COMMITTED.has(child.status)) committed += child.preciseAmount;
  }
  return committed >= hold.preciseAmount;
}

/**
 * `created_at` of the oldest hold that is still pending, given holds sorted oldest first and the children
 * of those holds; null when every hold looked at is settled (the age is then unknown, not zero).
 */
export function oldestPendingHoldAt(holds: readonly Hold[], children: readonly Child[]): string | null {
  return holds.find((hold) => !isHoldSettled(hold, children))?.createdAt ?? null;
}

/** Children looked up hold by hold, at most, when the rows cannot say which hold they settle. */
export const HOLD_LOOKUPS_MAX = 10;

/**
 * Like oldestPendingHoldAt, for Core 0.13.2–0.15.0, whose `/transactions/filter` rows leave
 * `parent_transaction` empty: a child of a `skip_queue` hold then names no parent at all (a queued hold's child
 * still does, through its meta_data). When some child is unattributed, each hold not already settled is asked
 * for its own children (`parent_transaction eq <hold>`, a filter those versions do apply), oldest first, until
 * one is pending. Undefined when `HOLD_LOOKUPS_MAX` lookups did not find out.
 */
export async function oldestPendingHold(
  holds: readonly Hold[],
  children: readonly Child[],
  childrenOf: (hold: Hold) => Promise<readonly Child[]>,
): Promise<string | null | undefined> {
  if (children.every((child) => child.parentTransaction)) return oldestPendingHoldAt(holds, children);
  let lookups = 0;
  for (const hold of holds) {
    if (isHoldSettled(hold, children)) continue;
    if (lookups === HOLD_LOOKUPS_MAX) return undefined;
    lookups += 1;
    const own = (await childrenOf(hold)).map((child) => ({ ...child, parentTransaction: hold.id }));
    if (!isHoldSettled(hold, [...children, ...own])) return hold.createdAt;
  }
  return null;
}
