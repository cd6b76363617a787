"use server";

import { z } from "zod";
import { defineAction, fromBlnkResult } from "@/lib/actions/define";
import { loadBalanceCount, loadBalanceSummary, loadBalancesPage } from "./queries";
import { balanceIdSchema, balancesQuerySchema } from "./search-params";

// Server actions are public POST endpoints: defineAction checks the role and parses the input first.

const INVALID_QUERY = { ok: false as const, error: "The balances query is not valid." };

/** The Balances table's data for Refresh and client-side page loads; `pageSize` defaults to 20. */
export const fetchBalancesPage = defineAction(
  "viewer",
  balancesQuerySchema.extend({ pageSize: z.number().int().min(1).max(100).optional() }),
  async ({ pageSize, ...query }) => fromBlnkResult(await loadBalancesPage(query, { pageSize })),
  { invalid: () => INVALID_QUERY },
);

/** How many balances match the Balances table's filters (the page number is ignored). */
export const fetchBalanceCount = defineAction(
  "viewer",
  balancesQuerySchema,
  async (query) => fromBlnkResult(await loadBalanceCount(query)),
  { invalid: () => INVALID_QUERY },
);

/** The summary panel's data for one balance. */
export const fetchBalanceSummary = defineAction(
  "viewer",
  balanceIdSchema,
  async (id) => fromBlnkResult(await loadBalanceSummary(id)),
  { invalid: () => ({ ok: false, error: "That is not a balance ID." }) },
);
