import "server-only";
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import type { ActionResult } from "@/lib/actions/result";
import { describeSearchFailure, searchIdentities, searchLedgers } from "@/lib/create-balance/search";
import { searchBalances } from "@/lib/create-transaction/search";
import { ledgerDirectory } from "./ledger-directory";
import { resolveText } from "./resolve";

// The type-ahead searches the browser asks on every keystroke (app/api/search/*): ledgers and identities for
// anyone who may read them (the Ledgers and Identities pages show the same), balances for the create flow,
// and the command palette's lookups of pasted IDs and references.

/** `q`, the text typed; missing is the same as empty (the newest records). */
export const searchText = z
  .string({ error: "The search text is not valid." })
  .trim()
  .max(200, "Search with at most 200 characters.")
  .default("");

const balanceQuery = z.object({
  q: searchText,
  currency: z
    .string()
    .trim()
    .max(32, "The currency is not valid.")
    .regex(/^[A-Za-z0-9_.-]*$/, "The currency is not valid.")
    .default(""),
});

/** GET /api/search/ledgers?q=: up to 8 ledgers by name, or the one a pasted ID names. */
export const ledgerSearchRoute = defineRoute("viewer", z.object({ q: searchText }), ({ q }) =>
  answered(() => searchLedgers(q)),
);

/** GET /api/search/ledger-directory: every ledger, for the browser to search itself (when they are few). */
export const ledgerDirectoryRoute = defineRoute("viewer", z.object({}), () => answered(ledgerDirectory));

/** GET /api/search/identities?q=: up to 8 identities by name or email, or the one a pasted ID names. */
export const identitySearchRoute = defineRoute("viewer", z.object({ q: searchText }), ({ q }) =>
  answered(() => searchIdentities(q)),
);

/** GET /api/search/balances?q=&currency=: "Source" and "Destination" suggestions (the create flow). */
export const balanceSearchRoute = defineRoute("operator", balanceQuery, ({ q, currency }) =>
  answered(() => searchBalances(q, currency)),
);

/** GET /api/search/resolve?q=: the record a pasted ID, @indicator or transaction reference names (the palette). */
export const resolveRoute = defineRoute("viewer", z.object({ q: searchText }), ({ q }) =>
  answered(() => resolveText(q)),
);

/** A search's answer, or its failure in plain words (never Blnk's raw text). */
export async function answered<T>(search: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await search() };
  } catch (error) {
    return { ok: false, error: describeSearchFailure(error) };
  }
}
