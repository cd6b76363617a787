import type { Transaction } from "@/lib/blnk";

// Where an inflight hold stands, from its child rows. Blnk never rewrites a transaction: committing or voiding
// a hold records a child row (parent_transaction = the hold) and leaves the hold's own status INFLIGHT, so
// "status = INFLIGHT" finds every hold ever placed. What is left is the held amount less the APPLIED children
// (Core's GetTotalCommittedTransactions); one VOID child ends it (IsParentTransactionVoid). No client-side
// bookkeeping: each figure is read back from Blnk's rows.

type Hold = Pick<Transaction, "id" | "parentTransaction" | "preciseAmount">;
type Child = Pick<Transaction, "parentTransaction" | "status" | "preciseAmount">;

const COMMITTED = new Set(["APPLIED", "COMMIT"]);
const VOIDED = new Set(["VOID", "VOIDED"]);

export type SettlementKind = "commit" | "void";

/** What a child row does to a hold, if anything (a queued copy or a queued commit still waiting: nothing). */
export function settlementKind(status: string): SettlementKind | null {
  if (COMMITTED.has(status)) return "commit";
  if (VOIDED.has(status)) return "void";
  return null;
}

export type HoldSettlement<C extends Child = Child> = {
  /** Every commit and void of the hold, in the order given (callers pass them oldest first). */
  settlements: { child: C; kind: SettlementKind }[];
  committed: bigint;
  isVoided: boolean;
  /** What a commit may still take: nothing once voided. */
  left: bigint;
};

/** The IDs whose children settle these holds: the hold itself and, for Core's queued copies, its original. */
export function settlementParentIds(holds: readonly Pick<Hold, "id" | "parentTransaction">[]): string[] {
  const ids = new Set<string>();
  for (const hold of holds) {
    ids.add(hold.id);
    if (hold.parentTransaction) ids.add(hold.parentTransaction);
  }
  return [...ids];
}

/**
 * A child settles the hold when it names it, or (for Core's queued copy of a hold, whose commit may name the
 * queued original) the hold's own parent.
 */
function settles(hold: Hold, child: Child): boolean {
  const parent = child.parentTransaction;
  return !!parent && (parent === hold.id || parent === hold.parentTransaction);
}

export function holdSettlement<C extends Child>(hold: Hold, children: readonly C[]): HoldSettlement<C> {
  const settlements: HoldSettlement<C>["settlements"] = [];
  let committed = 0n;
  let isVoided = false;
  for (const child of children) {
    if (!settles(hold, child)) continue;
    const kind = settlementKind(child.status);
    if (!kind) continue;
    settlements.push({ child, kind });
    if (kind === "void") isVoided = true;
    else committed += child.preciseAmount;
  }
  const rest = hold.preciseAmount - committed;
  return { settlements, committed, isVoided, left: isVoided || rest < 0n ? 0n : rest };
}

/** True once nothing is held any more: voided, or committed in full. */
export function isSettled(hold: Hold, children: readonly Child[]): boolean {
  const { isVoided, left } = holdSettlement(hold, children);
  return isVoided || left === 0n;
}

/**
 * When the hold lapses, where anyone can tell: Core takes `inflight_expiry_date` on create and its worker voids
 * the hold then, but no read returns the date (no column keeps it), so it is known only when the record
 * carries it: a create's own answer, or `meta_data.inflight_expiry_date` written by whoever placed the hold.
 */
export function holdExpiry(
  transaction: Pick<Transaction, "metadata"> & { inflightExpiryDate?: string | null },
) {
  const named = transaction.inflightExpiryDate ?? transaction.metadata?.inflight_expiry_date;
  return typeof named === "string" && !Number.isNaN(Date.parse(named)) ? named : null;
}

export type HoldStanding = "open" | "committed" | "voided" | "expired";

/** One word for where the hold stands; only an open hold may be committed or voided. */
export function holdStanding(
  settlement: HoldSettlement,
  expiresAt: string | null,
  now: number,
): HoldStanding {
  if (settlement.isVoided) return "voided";
  if (settlement.left === 0n) return "committed";
  if (expiresAt !== null && Date.parse(expiresAt) <= now) return "expired";
  return "open";
}
