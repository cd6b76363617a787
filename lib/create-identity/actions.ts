"use server";

import { defineAction, invalidForm } from "@/lib/actions/define";
import { createIdentityFromInput } from "./create";
import { createIdentitySchema } from "./schema";

// Server actions are public POST endpoints: the input is parsed on the server with the form's own schema
// before anything reaches Blnk.

/** Creates an identity from the "Create identity" form; a resubmitted form (same requestId) creates nothing new. */
export const createIdentityAction = defineAction("operator", createIdentitySchema, createIdentityFromInput, {
  invalid: invalidForm,
});
