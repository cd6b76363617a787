"use server";

import { defineAction, invalidInput } from "@/lib/actions/define";
import { editIdentityFromInput } from "./edit";
import { type EditIdentityField, editIdentitySchema } from "./edit-schema";

// Server actions are public POST endpoints: defineAction checks the role and parses the input first.

/** "Edit identity": the changed profile fields written to Blnk (an Operator's write). */
export const editIdentityAction = defineAction("operator", editIdentitySchema, editIdentityFromInput, {
  invalid: (issues) =>
    invalidInput<EditIdentityField>(issues, "The form data is not valid. Check the fields and try again."),
});
