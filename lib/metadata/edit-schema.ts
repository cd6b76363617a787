import type { ActionResult } from "@/lib/actions/result";
import { z } from "@/lib/zod";
import {
  AUDIT_METADATA_KEYS,
  checkMetadataEntries,
  type MetadataEntries,
  metadataEntriesSchema,
  RESERVED_METADATA_PREFIX,
} from "./entries";
import {
  canonicalJson,
  type MetadataType,
  parseMetadataValue,
  parseStoredMetadata,
  typedValue,
} from "./values";

// "Edit metadata" on a balance, identity or ledger (product.md §12): the rows a person changed or added, with
// what each key held when they looked, as the server action parses it. Core merges what is sent into the
// record's metadata (`POST /:id/metadata`): a key not sent stays, so only changes travel, and a key cannot be
// removed (an empty text value is stored as "").

/** Records whose metadata Core's metadata route changes (not Core's seeded general_ledger_id: Core says 400). */
export const METADATA_RECORD_ID = /^(bln|idt|ldg)_[\w-]{1,196}$/;

export const editMetadataSchema = z
  .object({
    entityId: z.string().regex(METADATA_RECORD_ID, "This record's metadata cannot be changed here."),
    /** The changed and added rows. */
    metadata: metadataEntriesSchema.min(1, "Nothing has changed yet."),
    /** Each sent key's stored value as the person saw it (canonical JSON), null when the key was new. */
    previous: z.record(
      z.string(),
      z
        .string()
        .max(64 * 1024)
        .nullable(),
    ),
    requestId: z.uuid("The request is not valid. Close the dialog and open it again."),
  })
  .superRefine((input, ctx) => {
    const stored = new Set(Object.keys(input.previous).filter((key) => input.previous[key] !== null));
    checkMetadataEntries(input.metadata, ctx, "the record", stored);
    for (const entry of input.metadata)
      if (!Object.hasOwn(input.previous, entry.key.trim()))
        ctx.addIssue({ code: "custom", path: ["previous"], message: "The request is not valid." });
  });

export type EditMetadataInput = z.output<typeof editMetadataSchema>;

export type EditedMetadata = {
  entityId: string;
  /** The keys written. */
  keys: string[];
  /** The answer of an earlier, identical request: nothing new was sent. */
  wasRetry: boolean;
};

export type EditMetadataResult = ActionResult<EditedMetadata, "metadata">;

/** A stored key the dialog shows as a fixed row, with its exact value as it came from Blnk. */
export type StoredEntry = { key: string; type: MetadataType; value: string; canonical: string };

/** Keys Ledger Desk keeps itself (who made the record, its request ID): shown on the page, not editable. */
export function isLedgerDeskKey(key: string): boolean {
  const lower = key.toLowerCase();
  return (
    lower.startsWith(RESERVED_METADATA_PREFIX) || (AUDIT_METADATA_KEYS as readonly string[]).includes(lower)
  );
}

/** A record's metadata (as its page prints it) as the dialog's fixed rows, Ledger Desk's own keys left out. */
export function storedEntries(metadataJson: string | null): StoredEntry[] {
  return Object.entries(parseStoredMetadata(metadataJson))
    .filter(([key]) => !isLedgerDeskKey(key))
    .map(([key, value]) => ({ key, ...typedValue(value), canonical: canonicalJson(value) }));
}

export type MetadataChange = {
  /** The row in the form. */
  index: number;
  entry: MetadataEntries[number];
  /** The stored value (canonical JSON), null for a new key. */
  before: string | null;
  /** The new value as canonical JSON, or null when it does not parse (its row shows why). */
  after: string | null;
};

/**
 * The form's rows against the stored ones: every stored key whose value now differs (or no longer parses),
 * and every new row with a key or a value. The first `stored.length` rows are the stored keys, in order.
 */
export function metadataChanges(rows: MetadataEntries, stored: readonly StoredEntry[]): MetadataChange[] {
  const changes: MetadataChange[] = [];
  rows.forEach((entry, index) => {
    const old = stored[index];
    // Untouched: a stored number Core could not have been sent from here (2^64) is still no change.
    if (old && entry.value === old.value && (entry.type ?? "text") === old.type) return;
    const parsed = parseMetadataValue(entry.type, entry.value);
    const after = parsed.ok ? canonicalJson(parsed.value) : null;
    if (old) {
      if (after !== old.canonical) changes.push({ index, entry, before: old.canonical, after });
    } else if (entry.key.trim() !== "" || entry.value.trim() !== "") {
      changes.push({ index, entry, before: null, after });
    }
  });
  return changes;
}

/** The action's input for these changes (its request ID added when sent). */
export function editMetadataRequest(entityId: string, changes: readonly MetadataChange[]) {
  return {
    entityId,
    metadata: changes.map((change) => change.entry),
    previous: Object.fromEntries(changes.map((change) => [change.entry.key.trim(), change.before])),
  };
}

/**
 * The form's problems, at the rows where they are: the schema's, over the changed rows only (a stored key
 * nobody touched is Blnk's business), and a new key that repeats a stored one.
 */
export function editMetadataErrors(
  entityId: string,
  rows: MetadataEntries,
  stored: readonly StoredEntry[],
): Record<string, string> {
  const changes = metadataChanges(rows, stored);
  const errors: Record<string, string> = {};
  const storedKeys = new Set(stored.map((entry) => entry.key));
  for (const change of changes) {
    const key = change.entry.key.trim();
    if (change.before === null && storedKeys.has(key))
      errors[`metadata.${change.index}.key`] = "This key is already above: change its value there.";
  }
  const parsed = editMetadataSchema.safeParse({
    ...editMetadataRequest(entityId, changes),
    requestId: "00000000-0000-4000-8000-000000000000",
  });
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const [field, row, part] = issue.path;
    const at =
      field === "metadata" && typeof row === "number"
        ? `metadata.${changes[row]?.index ?? row}.${String(part)}`
        : field === "metadata"
          ? "metadata"
          : "form";
    errors[at] ??= issue.message;
  }
  return errors;
}
