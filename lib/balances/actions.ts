"use server";

import { loadBalanceSummary, loadBalancesPage } from "./queries";
import { balanceIdSchema, balancesQuerySchema } from "./search-params";

// Server actions are public POST endpoints: every input is parsed on the server before it reaches Blnk.

/** The Balances table's data for Refresh and client-side page loads. */
export async function fetchBalancesPage(input: unknown) {
  const parsed = balancesQuerySchema.safeParse(input);
  if (!parsed.success) return invalid("The balances query is not valid.");
  return loadBalancesPage(parsed.data);
}

/** The summary panel's data for one balance. */
export async function fetchBalanceSummary(id: unknown) {
  const parsed = balanceIdSchema.safeParse(id);
  if (!parsed.success) return invalid("That is not a balance ID.");
  return loadBalanceSummary(parsed.data);
}

function invalid(message: string) {
  return {
    ok: false as const,
    error: {
      status: 400,
      code: "INVALID_INPUT",
      message,
      userMessage: message,
      kind: "validation" as const,
    },
  };
}
