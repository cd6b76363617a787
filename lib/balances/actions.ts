"use server";

import { z } from "zod";
import { requireActionRole } from "@/lib/auth/actor";
import { loadBalanceCount, loadBalanceSummary, loadBalancesPage } from "./queries";
import { balanceIdSchema, balancesQuerySchema } from "./search-params";

// Server actions are public POST endpoints: every input is parsed on the server before it reaches Blnk.

const pageSizeSchema = z.number().int().min(1).max(100).optional();

/** The Balances table's data for Refresh and client-side page loads; `pageSize` defaults to 20. */
export async function fetchBalancesPage(input: unknown, pageSize?: unknown) {
  await requireActionRole("viewer");
  const parsed = balancesQuerySchema.safeParse(input);
  const size = pageSizeSchema.safeParse(pageSize);
  if (!parsed.success || !size.success) return invalid("The balances query is not valid.");
  return loadBalancesPage(parsed.data, { pageSize: size.data });
}

/** How many balances match the Balances table's filters (the page number is ignored). */
export async function fetchBalanceCount(input: unknown) {
  await requireActionRole("viewer");
  const parsed = balancesQuerySchema.safeParse(input);
  if (!parsed.success) return invalid("The balances query is not valid.");
  return loadBalanceCount(parsed.data);
}

/** The summary panel's data for one balance. */
export async function fetchBalanceSummary(id: unknown) {
  await requireActionRole("viewer");
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
