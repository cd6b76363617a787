import "server-only";
import { orFallback, type Transaction } from "@/lib/blnk";
import { type HoldView, loadHoldView } from "./holds";
import { findRefund, isRefund } from "./refund";

/**
 * What may be done to a transaction now, as its summary and its page offer it: commit or void an open hold,
 * refund applied money that has no refund yet. Nothing is offered that the state does not allow, and nothing
 * at all to a person who may not write (the server refuses them anyway).
 */
export type WriteState = {
  /** Operator or Admin. */
  canAct: boolean;
  /** The hold, for an INFLIGHT transaction (its "Inflight history" too). */
  hold: HoldView | null;
  /** APPLIED, not a refund itself, and not refunded yet. */
  canRefund: boolean;
  /** The refund made already, if any. */
  refundId: string | null;
};

/**
 * Side lookups: when one fails, the action it would allow is not offered (the page says the hold could not
 * be read), and the transaction still shows.
 */
export async function loadWriteState(transaction: Transaction, canAct: boolean): Promise<WriteState> {
  const isApplied = transaction.status === "APPLIED";
  const unknown = Symbol("unknown");
  const [hold, refund, refundItself] = await Promise.all([
    orFallback(() => loadHoldView(transaction), null),
    isApplied ? orFallback(() => findRefund(transaction), unknown) : Promise.resolve(null),
    // A refund is never refunded in turn; when that cannot be told, Refund is not offered.
    isApplied ? orFallback(() => isRefund(transaction), true) : Promise.resolve(false),
  ]);
  return {
    canAct,
    hold,
    canRefund: isApplied && refund === null && !refundItself,
    refundId: refund === null || refund === unknown ? null : refund.id,
  };
}
