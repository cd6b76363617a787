import type { ActionFailure, FieldErrors } from "@/lib/actions/result";
import { checkMetadataEntries, metadataEntriesSchema } from "@/lib/metadata/entries";
import { CRYPTO_BY_CODE, ISO_4217_BY_CODE } from "@/lib/money";
import { fieldIssue, z } from "@/lib/zod";

export {
  AUDIT_METADATA_KEYS,
  METADATA_LIMITS,
  metadataObject,
  RESERVED_METADATA_PREFIX,
} from "@/lib/metadata/entries";

// One schema for the "Create balance" form in the browser and for the server action: the same rules, the
// same messages, checked twice.

export const ALLOCATION_STRATEGIES = ["FIFO", "LIFO", "PROPORTIONAL"] as const;

const ID = /^[\w-]+$/;
/**
 * A currency or asset code: printable ASCII letters, digits and `_-.` only, so no look-alike, zero-width,
 * bidirectional-control or emoji characters can make two codes that read the same differ.
 */
const CURRENCY = /^[A-Za-z0-9_.-]+$/;

/** ISO 4217 and known crypto codes are upper-cased; a custom asset identifier is kept as typed. */
export function normalizeCurrency(text: string): string {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  return ISO_4217_BY_CODE.has(upper) || CRYPTO_BY_CODE.has(upper) ? upper : trimmed;
}

/** A currency code as typed in a create form: trimmed, checked, ISO and crypto codes upper-cased. */
export const currencySchema = z
  .string()
  .trim()
  .min(1, "Enter a currency, such as USD.")
  .max(32, "Use at most 32 characters.")
  .regex(/^\S+$/, "A currency code has no spaces.")
  .regex(CURRENCY, "Use only letters A–Z, digits and _ - . in a currency code.")
  .transform(normalizeCurrency);

export const createBalanceSchema = z
  .object({
    ledgerId: z
      .string()
      .trim()
      .min(1, "Choose a ledger, or paste a ledger ID.")
      .max(200, "That ledger ID is too long.")
      .regex(ID, "A ledger ID has only letters, digits, _ and -."),
    currency: currencySchema,
    trackFundLineage: z.boolean(),
    allocationStrategy: z.enum(ALLOCATION_STRATEGIES),
    assignOwner: z.boolean(),
    identityId: z.string().trim().max(200, "That identity ID is too long."),
    metadata: metadataEntriesSchema,
    /** Generated once per form: a retried submission carries the same key and creates nothing new. */
    requestId: z.string().uuid(),
  })
  .superRefine((input, ctx) => {
    if (input.trackFundLineage && !input.assignOwner) {
      fieldIssue(ctx, "assignOwner", "Lineage tracking needs an owner.");
    }
    if ((input.assignOwner || input.trackFundLineage) && input.identityId === "") {
      fieldIssue(
        ctx,
        "identityId",
        input.trackFundLineage
          ? "Choose an identity: lineage tracking needs an owner."
          : "Choose an identity, or turn off the owner.",
      );
    }
    if (input.identityId !== "" && !ID.test(input.identityId)) {
      fieldIssue(ctx, "identityId", "An identity ID has only letters, digits, _ and -.");
    }
    checkMetadataEntries(input.metadata, ctx, "the balance");
  });

export type CreateBalanceFormValues = z.input<typeof createBalanceSchema>;
export type CreateBalanceInput = z.output<typeof createBalanceSchema>;

export function emptyCreateBalanceForm(
  preset: { ledgerId?: string; identityId?: string } = {},
): CreateBalanceFormValues {
  return {
    ledgerId: preset.ledgerId ?? "",
    currency: "",
    trackFundLineage: false,
    allocationStrategy: "FIFO",
    assignOwner: Boolean(preset.identityId),
    identityId: preset.identityId ?? "",
    metadata: [],
    requestId: crypto.randomUUID(),
  };
}

/** The form's fields that can carry an error message. */
export const CREATE_BALANCE_FIELDS = [
  "ledgerId",
  "currency",
  "identityId",
  "allocationStrategy",
  "metadata",
] as const;
export type CreateBalanceField = (typeof CREATE_BALANCE_FIELDS)[number];

/**
 * What the action answers: the created (or, on a retry, the already created) balance, or errors by field and
 * a form-level message in plain words (Blnk unreachable, a conflict…) when there is one. `inDoubt`: the
 * create may have happened; the form checks again with the same request ID and sends nothing new.
 */
export type CreateBalanceResult =
  | { ok: true; data: { balanceId: string; wasRetry: boolean } }
  | (ActionFailure<CreateBalanceField> & { fieldErrors: FieldErrors<CreateBalanceField> });
