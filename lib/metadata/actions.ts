"use server";

import { defineAction } from "@/lib/actions/define";
import { editMetadataFromInput } from "./edit";
import { editMetadataSchema } from "./edit-schema";

// Server actions are public POST endpoints: defineAction checks the role and parses the input first.

/** "Edit metadata" on a balance, identity or ledger: the changed keys merged into its metadata (an Operator's write). */
export const editMetadata = defineAction("operator", editMetadataSchema, editMetadataFromInput);
