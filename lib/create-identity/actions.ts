"use server";

import { defineAction, invalidInput } from "@/lib/actions/define";
import { createIdentityFromInput } from "./create";
import { type CreateIdentityField, type CreateIdentityResult, createIdentitySchema } from "./schema";

// Server actions are public POST endpoints: the input is parsed on the server with the form's own schema
// before anything reaches Blnk.

/** Creates an identity from the "Create identity" form; a resubmitted form (same requestId) creates nothing new. */
export const createIdentityAction = defineAction(
  "operator",
  createIdentitySchema,
  (input, actor): Promise<CreateIdentityResult> => createIdentityFromInput(input, actor),
  {
    invalid: (issues) =>
      invalidInput<CreateIdentityField>(
        issues,
        "The form data is not valid. Check the fields and try again.",
      ),
  },
);
