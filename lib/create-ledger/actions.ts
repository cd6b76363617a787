"use server";

import { defineAction, invalidInput } from "@/lib/actions/define";
import { createLedgerFromInput } from "./create";
import { type CreateLedgerField, type CreateLedgerResult, createLedgerSchema } from "./schema";

// Server actions are public POST endpoints: the input is parsed on the server with the form's own schema
// before anything reaches Blnk.

/** Creates a ledger from the "Create ledger" form; a resubmitted form (same requestId) creates nothing new. */
export const createLedgerAction = defineAction(
  "operator",
  createLedgerSchema,
  (input, actor): Promise<CreateLedgerResult> => createLedgerFromInput(input, actor),
  {
    invalid: (issues) =>
      invalidInput<CreateLedgerField>(issues, "The form data is not valid. Check the fields and try again."),
  },
);
