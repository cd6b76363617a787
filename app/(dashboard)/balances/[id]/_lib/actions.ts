"use server";

import { defineAction } from "@/lib/actions/define";
import { assignIdentityFromInput } from "./assign-identity";
import { assignIdentitySchema } from "./assign-identity-schema";

// Server actions are public POST endpoints: defineAction checks the role and parses the input first.

/** "Assign identity": the balance's owner becomes the chosen identity (an Operator's write). */
export const assignBalanceIdentity = defineAction("operator", assignIdentitySchema, assignIdentityFromInput);
