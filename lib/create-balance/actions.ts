"use server";

import { z } from "zod";
import { actorMetadata, requireActionRole } from "@/lib/auth/actor";
import { createBalanceFromInput } from "./create";
import { type CreateBalanceResult, createBalanceSchema } from "./schema";
import {
  describeSearchFailure,
  type IdentityOption,
  type LedgerOption,
  searchIdentities,
  searchLedgers,
} from "./search";

// Server actions are public POST endpoints: every input is parsed on the server, with the same schema as the
// form, before anything reaches Blnk.

export type SearchResult<T> = { ok: true; data: T[] } | { ok: false; error: string };

type FieldErrors = Extract<CreateBalanceResult, { ok: false }>["fieldErrors"];

const RESULT_FIELDS = new Set<string>([
  "ledgerId",
  "currency",
  "identityId",
  "allocationStrategy",
  "metadata",
]);
const INVALID_FORM = "The form data is not valid. Reload the page and try again.";

const searchTextSchema = z
  .string({ error: "The search text is not valid." })
  .trim()
  .max(200, "Search with at most 200 characters.");

/** Creates a balance from the "Create balance" form; a resubmitted form (same requestId) creates nothing new. */
export async function createBalanceAction(input: unknown): Promise<CreateBalanceResult> {
  const actor = await requireActionRole("operator");
  const parsed = createBalanceSchema.safeParse(input);
  if (!parsed.success) return invalidForm(parsed.error.issues);
  return createBalanceFromInput(parsed.data, actorMetadata(actor));
}

/** Ledger suggestions for the "Ledger" combobox (part of the create flow, so Operators and Admins only). */
export async function searchLedgersAction(text: unknown): Promise<SearchResult<LedgerOption>> {
  await requireActionRole("operator");
  return runSearch(text, searchLedgers);
}

/** Identity suggestions for the "Identity" combobox (part of the create flow, so Operators and Admins only). */
export async function searchIdentitiesAction(text: unknown): Promise<SearchResult<IdentityOption>> {
  await requireActionRole("operator");
  return runSearch(text, searchIdentities);
}

async function runSearch<T>(text: unknown, search: (text: string) => Promise<T[]>): Promise<SearchResult<T>> {
  const parsed = searchTextSchema.safeParse(text);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? "The search is not valid." };
  try {
    return { ok: true, data: await search(parsed.data) };
  } catch (error) {
    return { ok: false, error: describeSearchFailure(error) };
  }
}

/**
 * The first message of each field the form shows; metadata row issues go to `metadata`. The browser runs the
 * same schema, so this is reached only by a stale or hand-made request: an issue on a field the form does
 * not show (requestId, assignOwner, a non-object body) becomes a form-level message so it is never silent.
 */
function invalidForm(issues: readonly z.core.$ZodIssue[]): CreateBalanceResult {
  const fieldErrors: FieldErrors = {};
  let error: string | null = null;
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (RESULT_FIELDS.has(field)) {
      const name = field as keyof FieldErrors;
      // A row's key problem reads as a sentence about that row; the form also shows it there.
      fieldErrors[name] ??=
        name === "metadata" && issue.path.length > 1
          ? `Metadata row ${Number(issue.path[1]) + 1}: ${issue.message}`
          : issue.message;
    } else if (field === "assignOwner" && issue.code === "custom") {
      error ??= issue.message;
    } else {
      error ??= INVALID_FORM;
    }
  }
  return { ok: false, error, fieldErrors };
}
