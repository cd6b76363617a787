// Committing or voiding an inflight transaction as a dry run (transaction_dryrun_inflight.go:37-238
// PreviewInflightAction): the settlement projected on the hold's balances, nothing recorded, the hold left in
// place. Used by PUT /transactions/inflight/:txID and, item by item, by the bulk inflight routes.

import { CoreError } from "../http/errors";
import type { Queryable } from "../storage/db";
import { amountFloat, preciseFromAmount } from "./amounts";
import {
  type CommitAmount,
  type HeldState,
  type InflightAction,
  loadHeld,
  settlementAmount,
} from "./inflight";
import { applySettlement, PreviewBalanceSet, sameBalanceProblem } from "./preview-balances";
import { emptyPreview, type Preview, processingError, rejection } from "./preview-json";
import { STATUS } from "./record";

const VOID_AMOUNT_NOTE = "amount is ignored when voiding; a void always releases the full remaining hold";

/**
 * The amount the handler resolves before projecting (api/transactions.go:516-524, 941-952): precise_amount as
 * sent, else `amount` × the precision of the transaction or of a child naming it as parent, default 1
 * (model.ApplyPrecisionWithDBLookup, model/model.go:313-393). Zero means "all that remains".
 */
export async function requestedAmount(db: Queryable, id: string, amount: CommitAmount): Promise<bigint> {
  if (amount.preciseAmount !== null && amount.preciseAmount !== undefined) return amount.preciseAmount;
  const found = await db.query<{ precision: number }>(
    "SELECT precision FROM transactions WHERE transaction_id = $1 OR parent_transaction = $1 LIMIT 1",
    [id],
  );
  const stored = found.rows[0]?.precision ?? 0;
  return preciseFromAmount(amount.amount ?? 0, stored > 0 ? stored : 1);
}

type LegResult = { held: HeldState } | { error: string };

/**
 * inflightLegsForPreview (:184-202): the transaction itself when it is a hold; when it is missing or not a hold,
 * the INFLIGHT rows naming it as parent (or as queued parent), newest first
 * (database/transaction_grouping.go:335-377). A soft rejection (voided, not a hold) is returned as `soft`; a
 * missing ID with no legs is the 404 a real call gets.
 */
async function inflightLegs(
  db: Queryable,
  id: string,
  action: InflightAction,
): Promise<{ legs: LegResult[] } | { soft: string }> {
  try {
    return { legs: [{ held: await loadHeld(db, id, action) }] };
  } catch (error) {
    if (!(error instanceof CoreError)) throw error;
    if (error.code === "TXN_ALREADY_COMMITTED") return { legs: [{ error: error.message }] };
    if (error.code === "TXN_ALREADY_VOIDED") return { soft: error.message };
    if (error.code !== "TXN_NOT_FOUND" && error.code !== "TXN_NOT_INFLIGHT") throw error;
    const children = await db.query<{ transaction_id: string }>(
      `SELECT transaction_id FROM transactions
       WHERE (parent_transaction = $1 OR meta_data->>'QUEUED_PARENT_TRANSACTION' = $1) AND status = 'INFLIGHT'
       ORDER BY created_at DESC, transaction_id DESC`,
      [id],
    );
    if (children.rows.length === 0) {
      if (error.code === "TXN_NOT_INFLIGHT") return { soft: error.message };
      throw error;
    }
    const legs: LegResult[] = [];
    for (const child of children.rows) {
      try {
        legs.push({ held: await loadHeld(db, child.transaction_id, action) });
      } catch (legError) {
        if (!(legError instanceof CoreError)) throw legError;
        legs.push({ error: legError.message });
      }
    }
    return { legs };
  }
}

/** buildInflightSettlementForPreview (:210-238): the amount one leg would settle, or the error a real call gives. */
function settlement(held: HeldState, action: InflightAction, requested: bigint): bigint | string {
  if (action === "void") return held.remaining;
  try {
    return settlementAmount(held, requested);
  } catch (error) {
    if (error instanceof CoreError) return error.message;
    throw error;
  }
}

/** A soft rejection (:52-69): voided or not a hold is a projected "no", with nothing else filled in. */
const softRejection = (action: InflightAction, message: string) =>
  emptyPreview({ wouldApply: false, operation: action, rejection: rejection(message) });

/**
 * Projects `action` on `id`. Throws CoreError when the ID names nothing (404 TXN_NOT_FOUND, as the real call).
 * Every failing leg is reported together, as ProcessTransactionInBatches does (:89-140).
 */
export async function previewInflight(
  db: Queryable,
  id: string,
  action: InflightAction,
  requested: bigint,
): Promise<Preview> {
  const found = await inflightLegs(db, id, action);
  if ("soft" in found) return softRejection(action, found.soft);
  const preview = emptyPreview({ operation: action });
  if (action === "void" && requested > 0n) preview.notes.push(VOID_AMOUNT_NOTE);
  const working = new PreviewBalanceSet(db);
  const legErrors: string[] = [];
  let total = 0n;
  const { legs } = found;
  for (const leg of legs) {
    const amount = "held" in leg ? settlement(leg.held, action, requested) : leg.error;
    if (typeof amount === "string" || !("held" in leg)) {
      legErrors.push(typeof amount === "string" ? amount : "");
      continue;
    }
    const { parent } = leg.held;
    const source = await working.resolve(parent.source, parent.currency, "source");
    const destination = await working.resolve(parent.destination, parent.currency, "destination");
    const problem =
      sameBalanceProblem(source, destination) ?? applySettlement(action, amount, source, destination);
    if (problem) {
      legErrors.push(problem);
      continue;
    }
    total += amount;
    preview.currency = parent.currency;
    preview.precision = parent.precision;
    if (legs.length > 1) {
      const legAmount = amountFloat(amount, parent.precision);
      preview.legs.push({
        identifier: parent.transaction_id,
        role: "source",
        preciseAmount: amount,
        amount: legAmount,
      });
    }
  }
  if (legErrors.length > 0) {
    preview.wouldApply = false;
    preview.rejection = rejection(processingError(legErrors));
  }
  preview.preciseAmount = total;
  preview.status = action === "void" ? STATUS.void : STATUS.applied;
  if (preview.precision > 0) preview.amount = amountFloat(total, preview.precision);
  preview.balances = working.projections();
  return preview;
}
