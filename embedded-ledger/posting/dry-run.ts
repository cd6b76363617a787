// `POST /transactions` with `dry_run: true` (api/transactions.go:178-184 → transaction_dryrun.go:43-296
// PreviewTransaction): the would-be movement projected on both balances and answered 200, with nothing written —
// no transaction row, no balance change, no @indicator balance created, the reference left free.

import type { Queryable } from "../storage/db";
import { amountFloat } from "./amounts";
import type { ParsedRecord } from "./input";
import { applyMovement, previewBalance, sameBalanceProblem } from "./preview-balances";
import { type BalanceState, emptyPreview, type Preview, rejection } from "./preview-json";
import { STATUS } from "./record";

const SCHEDULED_NOTE =
  "scheduled_for is ignored in a dry run; the projection shows the effect as if applied now";

/** notePreviewCaveats' currency note (transaction_dryrun.go:603-616). */
function currencyNotes(currency: string, pair: [string, BalanceState][]): string[] {
  return pair
    .filter(([, state]) => !state.virtual && state.currency && currency && state.currency !== currency)
    .map(
      ([role, state]) =>
        `currency mismatch: transaction is ${currency} but ${role} balance ${state.balance_id} is ${state.currency}; the ledger applies this as raw minor units`,
    );
}

/**
 * The embedded ledger refuses a currency mismatch on a real post (posting/record.ts, a deliberate difference), so
 * the projection does too, with that post's message; Core only notes it.
 */
function mismatchProblem(currency: string, pair: [string, BalanceState][]): string | null {
  const found = pair.find(([, state]) => !state.virtual && state.currency !== currency);
  if (!found) return null;
  const [side, state] = found;
  return `currency mismatch: transaction is ${currency} but ${side} balance ${state.balance_id} is ${state.currency}`;
}

async function duplicateProblem(db: Queryable, reference: string): Promise<string | null> {
  const used = await db.query("SELECT 1 FROM transactions WHERE reference = $1", [reference]);
  return used.rows.length > 0
    ? `transaction validation failed: reference ${reference} has already been used`
    : null;
}

/**
 * Projects a parsed create. Rejections rank as Core ranks them (an apply error over a duplicate reference over a
 * self-transfer, transaction_dryrun.go:257-272, 592-628); a rejected projection reports the balances unchanged
 * and no status (:274-282, Finalize). Throws Core's 404 for a `bln_` balance that does not exist.
 */
export async function previewTransaction(db: Queryable, parsed: ParsedRecord): Promise<Preview> {
  const { input } = parsed;
  const precision = input.precision ?? 1;
  const source = await previewBalance(db, input.source, input.currency);
  const destination = await previewBalance(db, input.destination, input.currency);
  const pair: [string, BalanceState][] = [
    ["source", source],
    ["destination", destination],
  ];
  const preview = emptyPreview({
    status: input.inflight ? STATUS.inflight : STATUS.applied,
    reference: input.reference,
    currency: input.currency,
    precision,
    preciseAmount: input.preciseAmount,
    // ApplyPrecision keeps the amount sent; from a precise amount it is precise / precision (model.go:294-308).
    amount:
      parsed.amount !== 0 || input.preciseAmount <= 0n
        ? parsed.amount
        : amountFloat(input.preciseAmount, precision),
  });
  if (parsed.scheduled) preview.notes.push(SCHEDULED_NOTE);
  preview.notes.push(...currencyNotes(input.currency, pair));

  const after = { source: { ...source }, destination: { ...destination } };
  const applyError = applyMovement(
    {
      preciseAmount: input.preciseAmount,
      amount: preview.amount,
      precision,
      inflight: input.inflight ?? false,
      allowOverdraft: input.allowOverdraft ?? false,
      overdraftLimit: input.overdraftLimit ?? 0,
    },
    after.source,
    after.destination,
  );
  const problem =
    applyError ??
    (await duplicateProblem(db, input.reference)) ??
    mismatchProblem(input.currency, pair) ??
    sameBalanceProblem(source, destination);
  if (problem) {
    preview.wouldApply = false;
    preview.rejection = rejection(problem);
  }
  preview.balances = [
    { role: "source", before: source, after: problem ? source : after.source },
    { role: "destination", before: destination, after: problem ? destination : after.destination },
  ];
  return preview;
}
