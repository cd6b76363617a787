"use server";

import { defineAction, invalidForm } from "@/lib/actions/define";
import { editIdentityFromInput } from "./edit";
import { editIdentitySchema } from "./edit-schema";

// Server actions are public POST endpoints: defineAction checks the role and parses the input first.

/** "Edit identity": the changed profile fields written to Blnk (an Operator's write). */
export const editIdentityAction = defineAction("operator", editIdentitySchema, editIdentityFromInput, {
  invalid: invalidForm,
});
