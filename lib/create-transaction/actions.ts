"use server";

import type { z } from "zod";
import { defineAction, invalidInput } from "@/lib/actions/define";
import { createTransactionFromInput } from "./create";
import { previewFromInput } from "./preview";
import { CREATE_TRANSACTION_FIELDS, type CreateTransactionField, createTransactionSchema } from "./schema";

// Server actions are public POST endpoints: each parses its input with the form's own schema on the server
// and checks the role before anything reaches Blnk. A dry run is a POST to Core too (its scopes count it as
// a write), so the preview needs the Operator role like the create itself. The balance search behind
// "Source" and "Destination" is a GET route (lib/search/routes.ts).

const FIELDS = new Set<string>(CREATE_TRANSACTION_FIELDS);
const invalid = (issues: readonly z.core.$ZodIssue[]) => {
  const failure = invalidInput<CreateTransactionField>(issues);
  const fieldErrors = Object.fromEntries(
    Object.entries(failure.fieldErrors ?? {}).filter(([field]) => FIELDS.has(field)),
  );
  // The form shows its own field messages; a form-level sentence only when none of them applies.
  return { ...failure, error: Object.keys(fieldErrors).length > 0 ? null : failure.error, fieldErrors };
};

/** The "Create transaction" preview: each balance before and after, or why Blnk would refuse. Writes nothing. */
export const previewTransactionAction = defineAction("operator", createTransactionSchema, previewFromInput, {
  invalid,
});

/** Records the transaction once per reference: a resubmitted form (same reference) creates nothing new. */
export const createTransactionAction = defineAction(
  "operator",
  createTransactionSchema,
  createTransactionFromInput,
  {
    invalid,
  },
);
