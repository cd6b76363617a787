import "server-only";
import { type Balance, filterTransactions } from "@/lib/blnk";
import { holdSettlement, settlementParentIds } from "@/lib/transactions/hold-settlement";
import type { Movement } from "./movements";
import type { Period } from "./period";

// Holds placed in the period, listed apart: an inflight hold changes the inflight balance, not the balance,
// until a commit (which is one of the period's movements, on the day it is committed).

export const HOLDS_SHOWN = 50;

/** A hold, with where it stands now: still held, committed in full (its commits are movements), or voided. */
export type StatementHold = Pick<Movement, "id" | "reference" | "at"> & {
  amount: bigint;
  direction: "credit" | "debit";
  standing: "held" | "committed" | "voided";
  committed: bigint;
  left: bigint;
};

export type StatementHolds = { holds: StatementHold[]; more: boolean };

/** The period's holds on this balance, oldest first (the first 50), each with where it stands now. */
export async function holdsIn(balance: Pick<Balance, "id">, period: Period): Promise<StatementHolds> {
  const page = await filterTransactions({
    balanceId: balance.id,
    filters: [
      { field: "status", operator: "eq", value: "INFLIGHT" },
      { field: "effective_date", operator: "gt", value: period.openingAt },
      { field: "effective_date", operator: "lte", value: period.closingAt },
    ],
    sortBy: "effective_date",
    sortOrder: "asc",
    limit: HOLDS_SHOWN + 1,
    offset: 0,
    includeCount: false,
  });
  const holds = page.items.slice(0, HOLDS_SHOWN);
  if (holds.length === 0) return { holds: [], more: false };
  const parents = settlementParentIds(holds);
  const children = await filterTransactions({
    filters: [{ field: "parent_transaction", operator: "in", values: parents }],
    sortBy: "created_at",
    sortOrder: "asc",
    limit: 100,
    offset: 0,
    includeCount: false,
  });
  return {
    holds: holds.map((hold) => {
      const settlement = holdSettlement(hold, children.items);
      const standing = settlement.isVoided ? "voided" : settlement.left === 0n ? "committed" : "held";
      return {
        id: hold.id,
        reference: hold.reference,
        at: hold.effectiveDate ?? hold.createdAt,
        amount: hold.preciseAmount,
        direction: hold.destination === balance.id ? "credit" : "debit",
        standing,
        committed: settlement.committed,
        left: settlement.left,
      };
    }),
    more: page.items.length > HOLDS_SHOWN,
  };
}
