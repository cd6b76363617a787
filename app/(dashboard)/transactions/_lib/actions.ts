"use server";

import { z } from "zod";
import { defineAction, fromBlnkResult } from "@/lib/actions/define";
import { hasRole } from "@/lib/auth/roles";
import { MAX_PAGE_SIZE } from "@/lib/blnk/filter";
import { MAX_FILTERS_TEXT } from "@/lib/filters/url";
import {
  loadTransactionCount,
  loadTransactionParties,
  loadTransactionSummary,
  loadTransactionsList,
  TRANSACTION_ID,
} from "./queries";

// Server actions are public POST endpoints: defineAction checks the role and parses the input first.

const filtersText = z.string().max(MAX_FILTERS_TEXT).optional();
const pageSchema = z.object({ page: z.number().int().min(1).max(1_000_000_000), filters: filtersText });

/** The Transactions table's data for Refresh and client-side page loads. */
export const fetchTransactionsPage = defineAction(
  "viewer",
  pageSchema,
  async (query) => fromBlnkResult(await loadTransactionsList(query)),
  { invalid: () => ({ ok: false, error: "That is not a page of transactions." }) },
);

/** How many transactions there are (each queued pair once). */
export const fetchTransactionCount = defineAction(
  "viewer",
  z
    .tuple([])
    .or(z.undefined())
    .or(z.object({ filters: filtersText })),
  async (input) =>
    fromBlnkResult(await loadTransactionCount(input && "filters" in input ? input.filters : undefined)),
);

const identifier = z.string().min(1).max(300);

/** Who is behind the balances a page names (IDs or `@indicators`), in one batched lookup. */
export const fetchTransactionParties = defineAction(
  "viewer",
  z.array(identifier).max(MAX_PAGE_SIZE),
  async (identifiers) => fromBlnkResult(await loadTransactionParties(identifiers)),
  { invalid: () => ({ ok: false, error: "Those are not balance IDs." }) },
);

/** The summary panel's data for one transaction. */
export const fetchTransactionSummary = defineAction(
  "viewer",
  z.string().regex(TRANSACTION_ID),
  async (id, actor) => fromBlnkResult(await loadTransactionSummary(id, hasRole(actor.role, "operator"))),
  { invalid: () => ({ ok: false, error: "That is not a transaction ID." }) },
);
