import type { Transaction } from "@/lib/blnk";
import { isSettled } from "@/lib/transactions/hold-settlement";

type Hold = Pick<Transaction, "id" | "parentTransaction" | "preciseAmount" | "createdAt">;
type Child = Pick<Transaction, "parentTransaction" | "status" | "preciseAmount">;

/*
 * Blnk never rewrites a transaction: committing or voiding an inflight hold records a child row and leaves the
 * hold's own status INFLIGHT. So "status = INFLIGHT" finds every hold ever placed, and the oldest of them is
 * usually long settled. A hold is still pending until a void child exists or its committed children add up to
 * its amount (partial commits leave the rest pending).
 */

export { settlementParentIds } from "@/lib/transactions/hold-settlement";

export function isHoldSettled(hold: Hold, children: readonly Child[]): boolean {
  return isSettled(hold, children);
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
