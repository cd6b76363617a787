import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { RECORD_ID } from "@/lib/blnk/ids";

// "Assign identity" on a balance's page: its input as the server action parses it, and its answer. The request
// ID is made when the dialog opens: a double click or a replayed request finds it taken and changes nothing.

export const assignIdentitySchema = z.object({
  balanceId: z.string().regex(RECORD_ID, "That is not a balance ID."),
  identityId: z
    .string()
    .trim()
    .min(1, "Choose an identity, or paste its ID.")
    .regex(/^idt_[\w-]{1,196}$/, "Paste an identity ID (idt_…), or pick one from the search."),
  /** The owner the person saw when they chose (null: none); the write is refused if it changed meanwhile. */
  replaces: z.string().regex(RECORD_ID).nullable(),
  requestId: z.uuid("The request is not valid. Close the dialog and open it again."),
});

export type AssignIdentityInput = z.output<typeof assignIdentitySchema>;

export type AssignedIdentity = {
  balanceId: string;
  identityId: string;
  identityName: string;
  /** The answer of an earlier, identical request: nothing new was sent. */
  wasRetry: boolean;
};

export type AssignIdentityResult = ActionResult<AssignedIdentity, "identityId">;
