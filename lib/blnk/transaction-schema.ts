import { z } from "zod";
import { scaleToMinorUnits } from "./decimal";
import { zAmount, zMetadata, zNumberText, zOptionalText, zOptionalTime, zText } from "./json";
import type { Transaction, TransactionSplit } from "./types";

const splitWire = z
  .object({
    identifier: zText,
    distribution: zText,
    precise_distribution: zAmount.nullish(),
    transaction_id: zOptionalText,
  })
  .transform(
    (wire): TransactionSplit => ({
      identifier: wire.identifier,
      distribution: wire.distribution,
      preciseDistribution: wire.precise_distribution ?? null,
      transactionId: wire.transaction_id,
    }),
  );

const transactionWire = z.object({
  transaction_id: z.string(),
  parent_transaction: zOptionalText,
  reference: zText,
  currency: zText,
  // omitempty in Core; rebuilt from amount_string × precision when absent.
  precise_amount: zAmount.nullish(),
  // Kept as source text so the fallback above can do exact decimal arithmetic.
  amount: zNumberText.nullish(),
  amount_string: zOptionalText,
  precision: zNumberText.nullish(),
  source: zOptionalText,
  destination: zOptionalText,
  sources: z.array(splitWire).nullish(),
  destinations: z.array(splitWire).nullish(),
  status: zText,
  description: zText,
  created_at: zText,
  effective_date: zOptionalTime,
  meta_data: zMetadata,
  inflight: z.boolean().nullish(),
  allow_overdraft: z.boolean().nullish(),
});

export const transactionSchema = transactionWire.transform((wire, ctx): Transaction => {
  // Core's default precision is 1 (amounts are already minor units).
  const precisionText = wire.precision ?? "1";
  const preciseAmount =
    wire.precise_amount ?? scaleToMinorUnits(wire.amount_string ?? wire.amount ?? "", precisionText);
  if (preciseAmount === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["precise_amount"],
      message: "missing, and amount_string × precision is not an exact whole number",
    });
    return z.NEVER;
  }
  const metadata = wire.meta_data;
  const transaction: Transaction = {
    id: wire.transaction_id,
    parentTransaction: wire.parent_transaction ?? queuedParentOf(wire.transaction_id, metadata),
    reference: wire.reference,
    currency: wire.currency,
    preciseAmount,
    amount: Number(wire.amount ?? wire.amount_string ?? 0),
    precision: Number(precisionText),
    source: wire.source,
    destination: wire.destination,
    status: wire.status,
    description: wire.description,
    createdAt: wire.created_at,
    effectiveDate: wire.effective_date,
    metadata,
    // Core keeps these flags in meta_data and only sometimes lifts them to the top level.
    inflight: wire.inflight === true || metadata?.inflight === true,
    allowOverdraft: wire.allow_overdraft === true || metadata?.allow_overdraft === true,
  };
  if (wire.sources) transaction.sources = wire.sources;
  if (wire.destinations) transaction.destinations = wire.destinations;
  return transaction;
});

/**
 * Core 0.13.2–0.15.0 leave `parent_transaction` empty on `/transactions/filter` rows. Its queue still records
 * the link in `meta_data.QUEUED_PARENT_TRANSACTION` (transaction_queue.go: the original's own ID on the
 * original, and copied to its `_q` child and to the commit or void of a queued hold), so that names the parent
 * when the field does not. A row naming itself is an original: no parent.
 */
function queuedParentOf(id: string, metadata: Record<string, unknown> | null): string | null {
  const named = metadata?.QUEUED_PARENT_TRANSACTION;
  return typeof named === "string" && named !== "" && named !== id ? named : null;
}
