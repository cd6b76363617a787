import type { ActionResult, Created } from "@/lib/actions/result";
import { checkMetadataEntries, metadataEntriesSchema } from "@/lib/metadata/entries";
import { z } from "@/lib/zod";

// One schema for the "Create ledger" form in the browser and for the server action: the same rules, the same
// messages, checked twice. Core requires only the name (POST /ledgers "name: cannot be blank.").

export const LEDGER_NAME_MAX = 200;

export const createLedgerSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Enter a name for the ledger.")
      .max(LEDGER_NAME_MAX, `Use at most ${LEDGER_NAME_MAX} characters in a name.`),
    metadata: metadataEntriesSchema,
    /** Generated once per form: a retried submission carries the same key and creates nothing new. */
    requestId: z.string().uuid(),
  })
  .superRefine((input, ctx) => checkMetadataEntries(input.metadata, ctx, "the ledger"));

export type CreateLedgerFormValues = z.input<typeof createLedgerSchema>;
export type CreateLedgerInput = z.output<typeof createLedgerSchema>;

export const CREATE_LEDGER_FIELDS = ["name", "metadata"] as const;
export type CreateLedgerField = (typeof CREATE_LEDGER_FIELDS)[number];

export type CreatedLedger = Created<{ ledgerId: string; name: string }>;
export type CreateLedgerResult = ActionResult<CreatedLedger, CreateLedgerField>;

export function emptyCreateLedgerForm(): CreateLedgerFormValues {
  return { name: "", metadata: [], requestId: crypto.randomUUID() };
}
