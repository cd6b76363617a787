import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorMetadata } from "@/lib/auth/actor";
import type { RecordTransactionInput } from "@/lib/blnk/transaction-writes";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { metadataObject } from "@/lib/metadata/entries";
import { type FormattedMoney, formatMoney } from "@/lib/money";
import { parseMajorUnits } from "@/lib/money/parse";
import type { CreateTransactionInput } from "./schema";

// The "Create transaction" form as the request Blnk gets: the amount in minor units with the currency's
// precision (exact, or a field error), and who is sending it in the metadata.

export type BuiltRequest =
  | { ok: true; request: RecordTransactionInput; format: (amount: bigint) => FormattedMoney; notes: string[] }
  | { ok: false; amountError: string };

/** The request for this form, or why its amount cannot be recorded exactly. `actor` null: a preview. */
export function buildRequest(input: CreateTransactionInput, actor: Actor | null): BuiltRequest {
  const table = getPrecisionTable();
  const known = table.lookup(input.currency);
  // A currency without a known precision is counted in minor units, as it is shown everywhere else.
  const decimals = known?.decimals ?? 0;
  const parsed = parseMajorUnits(input.amount, { decimals, currency: input.currency });
  if (!parsed.ok) return { ok: false, amountError: parsed.error };
  const notes = known
    ? []
    : [
        `Ledger Desk does not know how many decimals ${input.currency} has, so the amount is in minor units ` +
          "(set CURRENCY_PRECISION to enter it in major units).",
      ];
  const expiry = input.inflight && input.inflightExpiry ? toRfc3339(input.inflightExpiry) : undefined;
  const request: RecordTransactionInput = {
    preciseAmount: parsed.minor,
    precision: known?.precision ?? 1n,
    currency: input.currency,
    source: input.source,
    destination: input.destination,
    description: input.description,
    reference: input.reference,
    allowOverdraft: input.allowOverdraft,
    inflight: input.inflight,
    inflightExpiryDate: expiry,
    effectiveDate: input.effectiveDate ? toRfc3339(input.effectiveDate) : undefined,
    metadata: {
      ...metadataObject(input.metadata),
      // Core acts on inflight_expiry_date but keeps it nowhere a read returns; in the metadata, the hold's
      // pages and the holds desk can show when it lapses.
      ...(expiry ? { inflight_expiry_date: expiry } : {}),
      ...(actor ? actorMetadata(actor) : {}),
    },
  };
  return { ok: true, request, format: (amount) => formatMoney(amount, input.currency, table), notes };
}

/** The browser sends ISO text; Core parses RFC 3339, which Date's ISO output is. */
function toRfc3339(text: string): string {
  return new Date(text).toISOString();
}
