// `POST /refund-transaction/:id` with `dry_run: true` (api/transactions.go:261-265 → PreviewRefund,
// transaction_dryrun.go:85-187): the reversal of every refundable leg projected, one balance set carried across
// them as the real refund runs them in turn, nothing written and the original not marked refunded. The body's
// description and meta_data play no part (PreviewRefund takes only the ID).

import { CoreError } from "../http/errors";
import type { CoreProfile } from "../http/profile";
import type { Queryable } from "../storage/db";
import { amountFloat } from "./amounts";
import { applyMovement, PreviewBalanceSet, sameBalanceProblem } from "./preview-balances";
import { emptyPreview, type Preview, processingError, rejection } from "./preview-json";
import { STATUS } from "./record";
import { refundableLegs, refundInput, refundProblem } from "./refund";

/**
 * Projects a refund of `id`. No refundable leg is Core's 404 — with the preview's own text, classified
 * TXN_NOT_FOUND (respondPreview, api/transactions.go:100-106), not the real route's "no transaction to refund".
 */
export async function previewRefund(db: Queryable, id: string, profile: CoreProfile): Promise<Preview> {
  const legs = await refundableLegs(db, id);
  if (legs.length === 0) throw new CoreError(404, "TXN_NOT_FOUND", `transaction ${id} not found for refund`);
  const preview = emptyPreview();
  const working = new PreviewBalanceSet(db);
  const legErrors: string[] = [];
  let total = 0n;
  for (const leg of legs) {
    const problem = await refundProblem(db, leg);
    if (problem) {
      legErrors.push(problem);
      continue;
    }
    const refund = refundInput(leg, { skipQueue: true, description: "", metaData: null }, profile);
    const precision = refund.precision ?? 1;
    const amount = amountFloat(refund.preciseAmount, precision);
    const source = await working.resolve(refund.source, refund.currency, "source");
    const destination = await working.resolve(refund.destination, refund.currency, "destination");
    const movement = {
      preciseAmount: refund.preciseAmount,
      amount,
      precision,
      inflight: refund.inflight ?? false,
    };
    const failure =
      sameBalanceProblem(source, destination) ??
      applyMovement({ ...movement, allowOverdraft: true, overdraftLimit: 0 }, source, destination);
    if (failure) {
      legErrors.push(failure);
      continue;
    }
    total += refund.preciseAmount;
    Object.assign(preview, {
      status: refund.inflight ? STATUS.inflight : STATUS.applied,
      currency: refund.currency,
      precision,
      reference: refund.reference,
    });
    if (legs.length > 1) {
      preview.legs.push({
        identifier: leg.transaction_id,
        role: "source",
        preciseAmount: refund.preciseAmount,
        amount,
      });
    }
  }
  if (legErrors.length > 0) {
    preview.wouldApply = false;
    preview.rejection = rejection(processingError(legErrors));
  }
  preview.preciseAmount = total;
  if (preview.precision > 0) preview.amount = amountFloat(total, preview.precision);
  preview.balances = working.projections();
  const [only] = legs;
  preview.notes.push(
    legs.length === 1 && only
      ? `projected refund of transaction ${only.transaction_id}`
      : `projected refund of ${legs.length} refundable transactions under ${id}`,
  );
  return preview;
}
