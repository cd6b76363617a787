"use server";

import { z } from "zod";
import { defineAction, fromBlnkResult, invalidInput } from "@/lib/actions/define";
import { parseHoldsDeskQuery } from "./holds-desk";
import { loadOpenHolds } from "./open-holds";
import { refundFromInput } from "./refund";
import { settleHoldFromInput } from "./settle-hold";
import { settleHoldsFromInput } from "./settle-holds";
import { commitSchema, refundSchema, settleHoldsSchema, voidSchema } from "./write-schemas";

// The writes of the Transactions area. Server actions are public POST endpoints: defineAction checks the role
// (Operator for every write, so a Viewer's hand-made call is a 403 and changes nothing) and parses the input
// with these schemas before any of it reaches Blnk.

/** Only the fields a dialog shows keep their message; anything else is a form-level sentence. */
const invalidFor =
  <F extends string>(fields: readonly F[]) =>
  (issues: readonly z.core.$ZodIssue[]) => {
    const failure = invalidInput<F>(issues);
    const shown = Object.fromEntries(
      Object.entries(failure.fieldErrors ?? {}).filter(([field]) =>
        (fields as readonly string[]).includes(field),
      ),
    );
    return { ...failure, error: Object.keys(shown).length > 0 ? null : failure.error, fieldErrors: shown };
  };

/** "Commit transaction": all that is left of a hold, or the "Amount to commit"; once per request ID. */
export const commitTransactionAction = defineAction(
  "operator",
  commitSchema,
  (input, actor) => settleHoldFromInput({ ...input, action: "commit" }, actor),
  { invalid: invalidFor(["amount"] as const) },
);

/** "Void transaction": releases what is left of a hold; once per request ID. */
export const voidTransactionAction = defineAction(
  "operator",
  voidSchema,
  (input, actor) => settleHoldFromInput({ ...input, amount: "", action: "void" }, actor),
  { invalid: invalidFor([] as const) },
);

/** "Refund transaction": an applied transaction reversed, with the reason in the refund; once per request ID. */
export const refundTransactionAction = defineAction("operator", refundSchema, refundFromInput, {
  invalid: invalidFor(["reason"] as const),
});

/** The holds desk's "Commit": every selected hold in one go, a result per hold; once per request ID. */
export const commitHoldsAction = defineAction("operator", settleHoldsSchema, (input, actor) =>
  settleHoldsFromInput({ ...input, action: "commit" }, actor),
);

/** The holds desk's "Void": every selected hold in one go, a result per hold; once per request ID. */
export const voidHoldsAction = defineAction("operator", settleHoldsSchema, (input, actor) =>
  settleHoldsFromInput({ ...input, action: "void" }, actor),
);

const deskQuerySchema = z.object({
  ledgerId: z.string().max(200).nullish(),
  currency: z.string().max(32).nullish(),
  from: z.number().int().min(0).max(1_000_000_000).default(0),
});

/** A page of the holds desk (its Refresh and paging), with the filters the URL gives. */
export const fetchHoldsPage = defineAction(
  "viewer",
  deskQuerySchema,
  async (input) =>
    fromBlnkResult(
      await loadOpenHolds(
        parseHoldsDeskQuery({
          ledger: input.ledgerId ?? undefined,
          currency: input.currency ?? undefined,
          from: String(input.from),
        }),
      ),
    ),
  { invalid: () => ({ ok: false, error: "That is not a page of holds." }) },
);
