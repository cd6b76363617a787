"use server";

import { defineAction, invalidForm } from "@/lib/actions/define";
import { createLedgerFromInput } from "./create";
import { createLedgerSchema } from "./schema";

// Server actions are public POST endpoints: the input is parsed on the server with the form's own schema
// before anything reaches Blnk.

/** Creates a ledger from the "Create ledger" form; a resubmitted form (same requestId) creates nothing new. */
export const createLedgerAction = defineAction("operator", createLedgerSchema, createLedgerFromInput, {
  invalid: invalidForm,
});
