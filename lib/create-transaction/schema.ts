import type { ActionFailure, FieldErrors } from "@/lib/actions/result";
import { currencySchema } from "@/lib/create-balance/schema";
import { checkMetadataEntries, metadataEntriesSchema } from "@/lib/metadata/entries";
import type { FormattedMoney } from "@/lib/money";
import { fieldIssue, z } from "@/lib/zod";

// One schema for the "Create transaction" form in the browser and for its server actions (preview and
// create). The amount stays text here: only the server knows the currency's precision (CURRENCY_PRECISION),
// so it is turned into minor units there (lib/money/parse.ts), exactly or not at all.

/** A balance ID or an `@indicator` (Core creates an indicator's balance the first time it is used). */
const PARTY = /^(?:bln_[\w-]+|@\S+)$/;
/** How far ahead of this server's clock a browser may be and still call a time "past". */
export const CLOCK_SKEW_MS = 60_000;
export const MAX_REFERENCE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 1000;

const party = (which: string) =>
  z
    .string()
    .trim()
    .min(1, `Choose the ${which} balance, or paste a balance ID or @indicator.`)
    .max(200, "That is too long for a balance ID or indicator.")
    .regex(PARTY, "Enter a balance ID (bln_…) or an @indicator, or choose a balance from the list.");

/** An ISO time from the browser (it converts the local date-time field), or "" for none. */
const isoTime = z
  .string()
  .trim()
  .refine((text) => text === "" || !Number.isNaN(Date.parse(text)), "Enter a valid date and time.");

export const createTransactionSchema = z
  .object({
    amount: z.string().max(200, "That amount is too long."),
    currency: currencySchema,
    source: party("source"),
    destination: party("destination"),
    description: z
      .string()
      .trim()
      .min(1, "Enter a description: Blnk requires one.")
      .max(MAX_DESCRIPTION_LENGTH, `Use at most ${MAX_DESCRIPTION_LENGTH} characters.`),
    /** Generated once per form and editable: Blnk refuses a second transaction with it (exactly-once). */
    reference: z
      .string()
      .trim()
      .min(1, "Enter a reference.")
      .max(MAX_REFERENCE_LENGTH, `Use at most ${MAX_REFERENCE_LENGTH} characters.`)
      .regex(/^[^\s/\\?#%]+$/, "Use a reference without spaces or / \\ ? # %."),
    allowOverdraft: z.boolean(),
    inflight: z.boolean(),
    inflightExpiry: isoTime,
    effectiveDate: isoTime,
    metadata: metadataEntriesSchema,
  })
  .superRefine((input, ctx) => {
    if (input.source !== "" && input.source === input.destination) {
      fieldIssue(ctx, "destination", "The destination must be a different balance from the source.");
    }
    const now = Date.now();
    if (input.effectiveDate !== "" && Date.parse(input.effectiveDate) > now + CLOCK_SKEW_MS) {
      fieldIssue(ctx, "effectiveDate", "The effective date must be in the past.");
    }
    if (input.inflight && input.inflightExpiry !== "" && Date.parse(input.inflightExpiry) <= now) {
      fieldIssue(ctx, "inflightExpiry", "The expiry must be in the future.");
    }
    checkMetadataEntries(input.metadata, ctx, "the transaction");
  });

export type CreateTransactionFormValues = z.input<typeof createTransactionSchema>;
export type CreateTransactionInput = z.output<typeof createTransactionSchema>;

export const CREATE_TRANSACTION_FIELDS = [
  "amount",
  "currency",
  "source",
  "destination",
  "description",
  "reference",
  "inflightExpiry",
  "effectiveDate",
  "metadata",
] as const;
export type CreateTransactionField = (typeof CREATE_TRANSACTION_FIELDS)[number];

/** A reference no one has typed: `ldt_` and a random UUID, unique enough to be the idempotency key. */
export function newReference(): string {
  return `ldt_${crypto.randomUUID()}`;
}

export function emptyCreateTransactionForm(
  preset: { source?: string; destination?: string; currency?: string } = {},
): CreateTransactionFormValues {
  return {
    amount: "",
    currency: preset.currency ?? "",
    source: preset.source ?? "",
    destination: preset.destination ?? "",
    description: "",
    reference: newReference(),
    allowOverdraft: false,
    inflight: false,
    inflightExpiry: "",
    effectiveDate: "",
    metadata: [],
  };
}

/** One balance in the preview: its amount before and after, formatted on the server. */
export type PreviewParty = {
  role: "source" | "destination";
  /** The balance ID, or the @indicator when the balance does not exist yet. */
  id: string;
  /** An @indicator Core will create on first use: projected from zero. */
  virtual: boolean;
  balanceBefore: FormattedMoney;
  balanceAfter: FormattedMoney;
  /** Only for a hold: the inflight balance before and after. */
  inflightBefore?: FormattedMoney;
  inflightAfter?: FormattedMoney;
};

export type TransactionPreviewView = {
  /** The amount as recorded, exact. */
  amount: FormattedMoney;
  parties: PreviewParty[];
  wouldApply: boolean;
  /** Why not, in plain words, with Core's code. */
  refusal: { code: string; message: string; shortfall?: FormattedMoney } | null;
  /** Computed by Ledger Desk from the balances (a Core without dry runs), not by Blnk. */
  estimate: boolean;
  notes: string[];
};

type Failure = ActionFailure<CreateTransactionField> & { fieldErrors: FieldErrors<CreateTransactionField> };

export type PreviewTransactionResult = { ok: true; data: TransactionPreviewView } | Failure;

export type CreateTransactionResult =
  | { ok: true; data: { transactionId: string; status: string; wasRetry: boolean } }
  | Failure;
