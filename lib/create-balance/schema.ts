import type { ActionFailure, FieldErrors } from "@/lib/actions/result";
import { CRYPTO_BY_CODE, ISO_4217_BY_CODE } from "@/lib/money";
import { z } from "@/lib/zod";

// One schema for the "Create balance" form in the browser and for the server action: the same rules, the
// same messages, checked twice.

export const ALLOCATION_STRATEGIES = ["FIFO", "LIFO", "PROPORTIONAL"] as const;

/** Metadata keys Ledger Desk writes itself (idempotency, audit); people may not set them. */
export const RESERVED_METADATA_PREFIX = "ledger_desk_";
/** Who made a record: written by the server from the signed-in person, never taken from the form. */
export const AUDIT_METADATA_KEYS = ["created_by", "created_via"] as const;
/** Blnk filters metadata by `meta_data.<key>` only for keys of this shape. */
const METADATA_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const ID = /^[\w-]+$/;
/**
 * A currency or asset code: printable ASCII letters, digits and `_-.` only, so no look-alike, zero-width,
 * bidirectional-control or emoji characters can make two codes that read the same differ.
 */
const CURRENCY = /^[A-Za-z0-9_.-]+$/;

/** Limits on what a person may attach as metadata (README, "Input limits"). */
export const METADATA_LIMITS = {
  entries: 50,
  keyLength: 128,
  valueLength: 4096,
  /** The whole object as JSON, in UTF-8 bytes. */
  totalBytes: 32 * 1024,
} as const;

/** ISO 4217 and known crypto codes are upper-cased; a custom asset identifier is kept as typed. */
export function normalizeCurrency(text: string): string {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  return ISO_4217_BY_CODE.has(upper) || CRYPTO_BY_CODE.has(upper) ? upper : trimmed;
}

const metadataEntry = z.object({
  key: z
    .string()
    .max(METADATA_LIMITS.keyLength, `Use at most ${METADATA_LIMITS.keyLength} characters in a key.`),
  value: z
    .string()
    .max(METADATA_LIMITS.valueLength, `Use at most ${METADATA_LIMITS.valueLength} characters in a value.`),
});

export const createBalanceSchema = z
  .object({
    ledgerId: z
      .string()
      .trim()
      .min(1, "Choose a ledger, or paste a ledger ID.")
      .max(200, "That ledger ID is too long.")
      .regex(ID, "A ledger ID has only letters, digits, _ and -."),
    currency: z
      .string()
      .trim()
      .min(1, "Enter a currency, such as USD.")
      .max(32, "Use at most 32 characters.")
      .regex(/^\S+$/, "A currency code has no spaces.")
      .regex(CURRENCY, "Use only letters A–Z, digits and _ - . in a currency code.")
      .transform(normalizeCurrency),
    trackFundLineage: z.boolean(),
    allocationStrategy: z.enum(ALLOCATION_STRATEGIES),
    assignOwner: z.boolean(),
    identityId: z.string().trim().max(200, "That identity ID is too long."),
    metadata: z
      .array(metadataEntry)
      .max(METADATA_LIMITS.entries, `Use at most ${METADATA_LIMITS.entries} metadata entries.`),
    /** Generated once per form: a retried submission carries the same key and creates nothing new. */
    requestId: z.string().uuid(),
  })
  .superRefine((input, ctx) => {
    if (input.trackFundLineage && !input.assignOwner) {
      ctx.addIssue({ code: "custom", path: ["assignOwner"], message: "Lineage tracking needs an owner." });
    }
    if ((input.assignOwner || input.trackFundLineage) && input.identityId === "") {
      ctx.addIssue({
        code: "custom",
        path: ["identityId"],
        message: input.trackFundLineage
          ? "Choose an identity: lineage tracking needs an owner."
          : "Choose an identity, or turn off the owner.",
      });
    }
    if (input.identityId !== "" && !ID.test(input.identityId)) {
      ctx.addIssue({
        code: "custom",
        path: ["identityId"],
        message: "An identity ID has only letters, digits, _ and -.",
      });
    }
    const seen = new Set<string>();
    input.metadata.forEach((entry, index) => {
      const key = entry.key.trim();
      if (key === "" && entry.value.trim() === "") return; // an empty row is ignored
      let message: string | null = null;
      if (key === "") message = "Enter a key for this value.";
      else if (!METADATA_KEY.test(key)) message = "Start with a letter; use only letters, digits and _.";
      else if (key.toLowerCase().startsWith(RESERVED_METADATA_PREFIX))
        message = `Keys starting with ${RESERVED_METADATA_PREFIX} are reserved.`;
      else if ((AUDIT_METADATA_KEYS as readonly string[]).includes(key.toLowerCase()))
        message = `${key} is filled in by Ledger Desk with who created the balance.`;
      else if (seen.has(key)) message = "This key is already used above.";
      seen.add(key);
      if (message) ctx.addIssue({ code: "custom", path: ["metadata", index, "key"], message });
    });
    const bytes = new TextEncoder().encode(JSON.stringify(metadataObject(input.metadata))).length;
    if (bytes > METADATA_LIMITS.totalBytes) {
      ctx.addIssue({
        code: "custom",
        path: ["metadata"],
        message: `Metadata is ${Math.ceil(bytes / 1024)} KB; keep it under ${METADATA_LIMITS.totalBytes / 1024} KB in all.`,
      });
    }
  });

export type CreateBalanceFormValues = z.input<typeof createBalanceSchema>;
export type CreateBalanceInput = z.output<typeof createBalanceSchema>;

/** The metadata object sent to Blnk: trimmed keys, empty rows dropped. */
export function metadataObject(entries: CreateBalanceInput["metadata"]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of entries) {
    const key = entry.key.trim();
    if (key !== "") result[key] = entry.value;
  }
  return result;
}

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
