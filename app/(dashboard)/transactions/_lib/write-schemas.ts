import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { HoldView } from "./holds";

// The inputs of the transaction writes (commit, void, refund, and the holds desk's bulk commit or void), as
// the server actions parse them, and what each answers. Every write carries the request ID its confirmation
// dialog made when it opened: a double click or a replayed request finds that ID taken and changes nothing.

/** The same rule as TRANSACTION_ID in queries.ts: IDs as Core makes them, or as a caller chose them. */
const transactionId = z.string().regex(/^[\w.:@-]{1,200}$/, "That is not a transaction ID.");
const requestId = z.uuid("The request is not valid. Close the dialog and open it again.");

export const commitSchema = z.object({
  transactionId,
  /** "Amount to commit" in major units; empty for all that is left. */
  amount: z.string().max(100, "Write the amount with at most 100 characters.").default(""),
  requestId,
});
export const voidSchema = z.object({ transactionId, requestId });
export type SettleHoldInput = z.output<typeof commitSchema> & { action: "commit" | "void" };

/** The transaction a write made, and whether this was the answer of an earlier, identical request. */
type Written = {
  transactionId: string;
  status: string;
  /** The answer of an earlier, identical request: nothing new was sent. */
  wasRetry: boolean;
};

/** `transactionId`: the commit or void Blnk recorded (the hold itself when Blnk only queued the action). */
export type SettledHold = Written & {
  holdId: string;
  action: "commit" | "void";
  /** The hold as Blnk has it after the write (read back, not worked out); null when it could not be read. */
  hold: HoldView | null;
};
export type SettleHoldResult = ActionResult<SettledHold, "amount">;

export const MAX_REASON_LENGTH = 500;

export const refundSchema = z.object({
  transactionId,
  reason: z
    .string()
    .trim()
    .min(1, "Enter the reason for the refund.")
    .max(MAX_REASON_LENGTH, `Write the reason in at most ${MAX_REASON_LENGTH} characters.`),
  requestId,
});
export type RefundInput = z.output<typeof refundSchema>;

export type Refunded = Written & {
  originalId: string;
  /** Set when the refund happened but its reason could not be written to it. */
  warning: string | null;
};
export type RefundResult = ActionResult<Refunded, "reason">;

/** Core's bulk inflight routes take at most 100 holds; the desk shows at most that many at once. */
export const MAX_BULK_HOLDS = 100;

export const settleHoldsSchema = z.object({
  transactionIds: z
    .array(transactionId)
    .min(1, "Select at least one hold.")
    .max(MAX_BULK_HOLDS, `Select at most ${MAX_BULK_HOLDS} holds.`)
    .transform((ids) => [...new Set(ids)]),
  requestId,
});
export type SettleHoldsInput = z.output<typeof settleHoldsSchema> & { action: "commit" | "void" };

export type HoldOutcome = {
  holdId: string;
  /** done: Blnk did it; refused: Blnk said no (the hold changed, or cannot be settled); unknown: no answer. */
  outcome: "done" | "refused" | "unknown";
  /** Blnk's reason for a refusal, as Blnk words it. */
  message: string | null;
  code: string | null;
  /** The commit or void Blnk recorded, when it could be found. */
  transactionId: string | null;
};

export type SettledHolds = {
  action: "commit" | "void";
  results: HoldOutcome[];
  /** How they were sent: Core's bulk route, or one by one on a Core without it (before 0.14.2). */
  via: "bulk" | "one_by_one";
  wasRetry: boolean;
};
export type SettleHoldsResult = ActionResult<SettledHolds>;
