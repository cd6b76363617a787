import "server-only";
import { auditedWrite, formAttempt } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import type { Actor } from "@/lib/auth/actor";
import { BlnkError, getTransactionByReference } from "@/lib/blnk";
import { recordTransaction } from "@/lib/blnk/transaction-writes";
import { describeUnexpected } from "@/lib/create-balance/create";
import type { Attempt } from "@/lib/idempotency";
import { missingParty } from "./estimate";
import { buildRequest } from "./request";
import type { CreateTransactionField, CreateTransactionInput, CreateTransactionResult } from "./schema";

// "Create transaction": exactly once per reference. The reference is claimed in Ledger Desk's database before
// Blnk is called (lib/idempotency), so a double click, a replayed request or a second tab with the same form
// sends one write; Blnk's unique index on the reference backs that up, and is how a write whose answer never
// came is found again.

type Failure = Extract<CreateTransactionResult, { ok: false }>;
type Created = { transactionId: string; status: string };

export const MESSAGES = {
  inDoubt:
    "Blnk did not confirm the transaction in time, so it may or may not exist. Checking with Blnk before anything is sent again…",
  duplicate: "A transaction with this reference exists already. Use another reference.",
  insufficient: "Insufficient funds: Blnk refused the transaction. Nothing was written.",
  unexpected:
    "Something went wrong while creating the transaction. Try again; if it keeps happening, check the server logs.",
} as const;

export async function createTransactionFromInput(
  input: CreateTransactionInput,
  actor: Actor,
): Promise<CreateTransactionResult> {
  const built = buildRequest(input, actor);
  if (!built.ok) return { ok: false, error: null, fieldErrors: { amount: built.amountError } };
  const { request } = built;
  try {
    return await writeOnce<Created, Failure, CreateTransactionResult>(
      "create_transaction",
      request.reference,
      actor,
      {
        timeouts: 1,
        lookup: () => findByReference(request.reference),
        attempt: async (who): Promise<Attempt<Created, Failure>> => {
          const write = await auditedWrite(
            who,
            { action: "transaction.create", recordType: "transaction", request },
            () => recordTransaction(request),
            (transaction) => transaction.id,
          );
          return formAttempt(
            write,
            (transaction) => ({ transactionId: transaction.id, status: transaction.status }),
            (error) => failure(error, input),
          );
        },
        done: (created, wasRetry) => ({ ok: true, data: { ...created, wasRetry } }),
        inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
      },
    );
  } catch (error) {
    return failure(error, input);
  }
}

async function findByReference(reference: string): Promise<Created | null> {
  try {
    const found = await getTransactionByReference(reference);
    return { transactionId: found.id, status: found.status };
  } catch (error) {
    if (error instanceof BlnkError && error.isMissingRecord) return null;
    throw error;
  }
}

/** A refusal in plain words, at the field it is about. */
export function failure(
  error: unknown,
  input: Pick<CreateTransactionInput, "source" | "destination">,
): Failure {
  if (!(error instanceof BlnkError)) {
    // A bad BLNK_* variable is named as such; anything else is a bug, logged as one line.
    return {
      ok: false,
      error: describeUnexpected(error, "create_transaction_failed", MESSAGES.unexpected),
      fieldErrors: {},
    };
  }
  const at = (field: CreateTransactionField, message: string): Failure => ({
    ok: false,
    error: null,
    fieldErrors: { [field]: message },
  });
  // Core answers a missing balance ID with a 404 naming it: TXN_NOT_FOUND on POST /transactions, BAL_NOT_FOUND
  // from the embedded ledger, "NOT_FOUND: …" before 0.15.
  const missing = missingParty(error, input);
  if (missing) return at(missing, "No balance has this ID.");
  // 0.15 and later give the codes; before 0.15 Core answers 400 with its text only ("reference <ref> has
  // already been used", "insufficient funds in source balance").
  const isDuplicate =
    error.code === "TXN_DUPLICATE_REFERENCE" ||
    (error.status === 409 && /reference/i.test(error.message)) ||
    /\breference\b.*\bhas already been used\b/i.test(error.message);
  if (isDuplicate) return at("reference", MESSAGES.duplicate);
  if (error.code === "TXN_INSUFFICIENT_FUNDS" || /insufficient funds/i.test(error.message)) {
    return { ok: false, error: MESSAGES.insufficient, fieldErrors: {} };
  }
  return { ok: false, error: error.userMessage, fieldErrors: {}, blnkError: error.toPlain() };
}
