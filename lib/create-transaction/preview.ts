import "server-only";
import { BlnkConfigError, BlnkError, toBlnkErrorPlain } from "@/lib/blnk";
import { supportsDryRun } from "@/lib/blnk/dry-run-support";
import { previewRecordTransaction, type TransactionPreview } from "@/lib/blnk/transaction-writes";
import type { FormattedMoney } from "@/lib/money";
import { estimateRecord, missingParty, PartyNotFound } from "./estimate";
import { buildRequest } from "./request";
import type { CreateTransactionInput, PreviewParty, PreviewTransactionResult } from "./schema";

// "Create transaction"'s preview: each balance before and after, and a refusal (with the shortfall) before
// anything is written. From Core's dry run where the server has one, else estimated from the balances.

const REFUSALS: Record<string, string> = {
  TXN_INSUFFICIENT_FUNDS: "Insufficient funds",
  TXN_DUPLICATE_REFERENCE: "A transaction with this reference exists already",
};

export async function previewFromInput(input: CreateTransactionInput): Promise<PreviewTransactionResult> {
  const built = buildRequest(input, null);
  if (!built.ok) return { ok: false, error: null, fieldErrors: { amount: built.amountError } };
  const { request, format } = built;
  try {
    const dryRun = await supportsDryRun();
    const preview = dryRun ? await previewRecordTransaction(request) : await estimateRecord(request);
    return { ok: true, data: previewView(preview, request.preciseAmount, format, !dryRun, built.notes) };
  } catch (error) {
    // The estimate's own not-found, or Core's dry run naming the balance it could not find.
    const role = error instanceof PartyNotFound ? error.role : missingParty(error, request);
    if (role) return { ok: false, error: null, fieldErrors: { [role]: "No balance has this ID." } };
    if (error instanceof BlnkError) return { ok: false, error: error.userMessage, fieldErrors: {} };
    // A bad BLNK_* variable: its message names it (never the key), as every other form says it.
    if (error instanceof BlnkConfigError)
      return { ok: false, error: toBlnkErrorPlain(error).userMessage, fieldErrors: {} };
    throw error;
  }
}

/** Core's projection (or the estimate, in the same shape) as the sheet shows it. */
export function previewView(
  preview: TransactionPreview,
  amount: bigint,
  format: (amount: bigint) => FormattedMoney,
  estimate: boolean,
  notes: string[],
) {
  const parties: PreviewParty[] = preview.balances.map((projection) => {
    const hold = projection.before.inflight !== projection.after.inflight;
    return {
      role: projection.role === "destination" ? "destination" : "source",
      id: projection.balanceId,
      virtual: projection.virtual,
      balanceBefore: format(projection.before.balance),
      balanceAfter: format(projection.after.balance),
      ...(hold
        ? {
            inflightBefore: format(projection.before.inflight),
            inflightAfter: format(projection.after.inflight),
          }
        : {}),
    };
  });
  const source = preview.balances.find((projection) => projection.role === "source");
  const shortfall =
    preview.rejection?.code === "TXN_INSUFFICIENT_FUNDS" && source && amount > source.before.available
      ? format(amount - source.before.available)
      : undefined;
  const refusal = preview.rejection
    ? {
        code: preview.rejection.code,
        message:
          REFUSALS[preview.rejection.code] ??
          (preview.rejection.message || "Blnk would refuse this transaction"),
        ...(shortfall ? { shortfall } : {}),
      }
    : null;
  return {
    amount: format(amount),
    parties,
    wouldApply: preview.wouldApply,
    refusal,
    estimate,
    notes: [...notes, ...preview.notes],
  };
}
