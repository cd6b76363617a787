import { z } from "@/lib/zod";
import { canonicalJson, METADATA_TYPES, parseMetadataValue } from "./values";

// The metadata rows a person attaches to a record they create or edit (a balance, a transaction, an identity,
// a ledger): one schema and one set of rules for every form, in the browser and in the server action. Each
// row has a type (text, number, boolean or JSON; text when absent) and its value is checked for it.

/** Metadata keys Ledger Desk writes itself (idempotency, audit); people may not set them. */
export const RESERVED_METADATA_PREFIX = "ledger_desk_";
/** Who made or last changed a record: written by the server from the signed-in person, never from the form. */
export const AUDIT_METADATA_KEYS = ["created_by", "created_via", "updated_by"] as const;
/** Blnk filters metadata by `meta_data.<key>` only for keys of this shape. */
const METADATA_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** Limits on what a person may attach as metadata (README, "Input limits"). */
export const METADATA_LIMITS = {
  entries: 50,
  keyLength: 128,
  valueLength: 4096,
  /** The whole object as JSON, in UTF-8 bytes. */
  totalBytes: 32 * 1024,
} as const;

const metadataEntry = z.object({
  key: z
    .string()
    .max(METADATA_LIMITS.keyLength, `Use at most ${METADATA_LIMITS.keyLength} characters in a key.`),
  value: z
    .string()
    .max(METADATA_LIMITS.valueLength, `Use at most ${METADATA_LIMITS.valueLength} characters in a value.`),
  type: z.enum(METADATA_TYPES).optional(),
});

export const metadataEntriesSchema = z
  .array(metadataEntry)
  .max(METADATA_LIMITS.entries, `Use at most ${METADATA_LIMITS.entries} metadata entries.`);

export type MetadataEntries = z.output<typeof metadataEntriesSchema>;

/**
 * The metadata object sent to Blnk: trimmed keys, empty rows dropped, each value of its row's type (numbers
 * exact). A value the schema would refuse throws: only checked entries come here.
 */
export function metadataObject(entries: MetadataEntries): Record<string, unknown> {
  return rowsObject(entries, (key, message) => {
    throw new TypeError(`metadata ${key}: ${message}`);
  });
}

function rowsObject(
  entries: MetadataEntries,
  onInvalid: (key: string, message: string, text: string) => unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const entry of entries) {
    const key = entry.key.trim();
    if (key === "") continue;
    const parsed = parseMetadataValue(entry.type, entry.value);
    const value = parsed.ok ? parsed.value : onInvalid(key, parsed.message, entry.value);
    // defineProperty: a key such as __proto__ (refused by the checks) could never reach the prototype.
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** The size of metadata as Blnk receives it, in UTF-8 bytes (numbers exact, as sent). */
export function metadataBytes(metadata: Record<string, unknown>): number {
  return new TextEncoder().encode(canonicalJson(metadata)).length;
}

/**
 * The rules across rows, as issues under `metadata` (a row's key problem at `metadata.<row>.key`): keys of
 * Blnk's filterable shape, none reserved or used twice, and the whole under the size limit. `record` names
 * what is being created, for the message on the audit keys ("the balance"). Keys in `storedKeys` are already
 * on the record (an edit), so their shape is Blnk's business, not the form's.
 */
export function checkMetadataEntries(
  entries: MetadataEntries,
  ctx: z.RefinementCtx,
  record: string,
  storedKeys?: ReadonlySet<string>,
) {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const key = entry.key.trim();
    if (key === "" && entry.value.trim() === "") return; // an empty row is ignored
    let message: string | null = null;
    if (key === "") message = "Enter a key for this value.";
    else if (!METADATA_KEY.test(key) && !storedKeys?.has(key))
      message = "Start with a letter; use only letters, digits and _.";
    else if (key.toLowerCase().startsWith(RESERVED_METADATA_PREFIX))
      message = `Keys starting with ${RESERVED_METADATA_PREFIX} are reserved.`;
    else if ((AUDIT_METADATA_KEYS as readonly string[]).includes(key.toLowerCase()))
      message = key.toLowerCase().startsWith("updated")
        ? `${key} is filled in by Ledger Desk with who last changed ${record}.`
        : `${key} is filled in by Ledger Desk with who created ${record}.`;
    else if (seen.has(key)) message = "This key is already used above.";
    seen.add(key);
    if (message) ctx.addIssue({ code: "custom", path: ["metadata", index, "key"], message });
    if (key === "") return;
    const parsed = parseMetadataValue(entry.type, entry.value);
    if (!parsed.ok)
      ctx.addIssue({ code: "custom", path: ["metadata", index, "value"], message: parsed.message });
  });
  // A row whose value does not parse counts as its text: its own error is at its row.
  const bytes = metadataBytes(rowsObject(entries, (_key, _message, text) => text));
  if (bytes > METADATA_LIMITS.totalBytes) {
    ctx.addIssue({
      code: "custom",
      path: ["metadata"],
      message: `Metadata is ${Math.ceil(bytes / 1024)} KB; keep it under ${METADATA_LIMITS.totalBytes / 1024} KB in all.`,
    });
  }
}
