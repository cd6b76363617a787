import "server-only";
import type { AuditActor } from "@/lib/audit/trail";
import { auditedWrite, formAttempt } from "@/lib/audit/write";
import { writeOnce } from "@/lib/audit/write-once";
import { type Actor, actorMetadata } from "@/lib/auth/actor";
import {
  BlnkConfigError,
  BlnkError,
  createBalance,
  filterBalances,
  getIdentity,
  getLedger,
} from "@/lib/blnk";
import { findByRequestId, REQUEST_ID_KEY } from "@/lib/blnk/request-id";
import type { Attempt } from "@/lib/idempotency";
import { logError } from "@/lib/logging/log";
import { type CreateBalanceInput, type CreateBalanceResult, metadataObject } from "./schema";

// The work behind "Create balance": checks Blnk cannot word correctly, the create call itself, and every
// failure turned into plain words at the right field. The server action parses the input first.

/** The author of a write, recorded in the record's metadata (see lib/auth/actor.ts `actorMetadata`). */
type AuthorMetadata = { created_by: string; created_via: string };

type FieldName = keyof Extract<CreateBalanceResult, { ok: false }>["fieldErrors"];
type FieldErrors = Extract<CreateBalanceResult, { ok: false }>["fieldErrors"];

export const MESSAGES = {
  ledgerMissing: "No ledger has this ID.",
  identityMissing: "No identity has this ID.",
  ledgerOrIdentityGone: "Blnk rejected the ledger or the identity: check both still exist.",
  rejected: "Blnk rejected the balance. Check the fields and try again.",
  conflict: "Blnk refused the balance because it conflicts with data already there.",
  unexpected:
    "Something went wrong while creating the balance. Try again; if it keeps happening, check the server logs.",
  inDoubt:
    "Blnk did not confirm the balance in time, so it may or may not exist. Checking with Blnk before anything is sent again…",
} as const;

// How long after a write Blnk may still carry it out (lib/audit/write-once); the tests wait it out.
export { settleWindowMs } from "@/lib/audit/write-once";

// Core's field names in validation errors → the form's fields, with our own words: Core's text is written for
// API users ("ledger_id: cannot be blank").
const CORE_FIELDS: Record<string, { field: FieldName; message: string }> = {
  ledger_id: { field: "ledgerId", message: "Blnk did not accept this ledger ID." },
  currency: { field: "currency", message: "Blnk did not accept this currency." },
  identity_id: { field: "identityId", message: "Blnk did not accept this identity." },
  allocation_strategy: { field: "allocationStrategy", message: "Choose FIFO, LIFO or PROPORTIONAL." },
  meta_data: { field: "metadata", message: "Blnk did not accept this metadata." },
};

type Failure = Extract<CreateBalanceResult, { ok: false }>;

/**
 * Creates the balance, or returns the one this form (same `requestId`) already created, once across every
 * dashboard instance that shares the database (lib/idempotency). A create whose answer never came is "in
 * doubt" until Blnk shows whether it happened: the form then checks again instead of creating anew.
 */
export async function createBalanceFromInput(
  input: CreateBalanceInput,
  actor: Actor,
): Promise<CreateBalanceResult> {
  try {
    return await writeOnce<string, Failure, CreateBalanceResult>("create_balance", input.requestId, actor, {
      // The checks and the create, each within one timeout.
      timeouts: 2,
      lookup: async () => {
        const scope = [{ field: "ledger_id", operator: "eq", value: input.ledgerId }] as const;
        return (await findByRequestId((query) => filterBalances(query), input.requestId, scope))?.id ?? null;
      },
      attempt: (who) => attemptCreate(input, actorMetadata(actor), who),
      done: (balanceId, wasRetry) => ({ ok: true, data: { balanceId, wasRetry } }),
      inDoubt: { ok: false, error: MESSAGES.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return failure(error);
  }
}

async function attemptCreate(
  input: CreateBalanceInput,
  author: AuthorMetadata,
  who: AuditActor,
): Promise<Attempt<string, Failure>> {
  // The owner is sent only when the form uses it: a leftover ID in a switched-off field is ignored.
  const ownerId = input.assignOwner || input.trackFundLineage ? input.identityId || undefined : undefined;
  const request = {
    ledgerId: input.ledgerId,
    currency: input.currency,
    identityId: ownerId,
    trackFundLineage: input.trackFundLineage,
    allocationStrategy: input.trackFundLineage ? input.allocationStrategy : undefined,
    // Written with the person's metadata so a retry of this submission finds the balance instead of
    // creating a second one.
    metadata: { ...metadataObject(input.metadata), ...author, [REQUEST_ID_KEY]: input.requestId },
  };
  // Fail closed: without its audit entry the create is not sent. "failed" releases the request ID, so the
  // same form may try again. One call in the usual case: the request ID was claimed in Ledger Desk's database
  // a moment ago, so no earlier attempt can exist to look up, and the ledger and owner are checked only if
  // Blnk refuses them.
  const write = await auditedWrite(
    who,
    { action: "balance.create", recordType: "balance", request },
    () => createBalance(request),
    (balance) => balance.id,
  );
  return formAttempt(
    write,
    (balance) => balance.id,
    (error, kind) =>
      kind === "refused" && isBadLedgerOrOwner(error)
        ? whichIsMissing(input.ledgerId, ownerId)
        : failure(error),
  );
}

/** Core's answer when the ledger or the identity does not exist: one message for both (a shared FK path). */
function isBadLedgerOrOwner(error: unknown): boolean {
  return (
    error instanceof BlnkError &&
    ((error.kind === "validation" && /invalid ledger id/i.test(error.message) && !error.fieldErrors) ||
      isMissingRecord(error))
  );
}

/**
 * Names the field Blnk's "Invalid ledger ID" was about, both if both are wrong; when both exist (one was
 * deleted and restored, or never committed), a form-level message.
 */
async function whichIsMissing(ledgerId: string, ownerId: string | undefined): Promise<Failure> {
  const [ledger, identity] = await Promise.allSettled([
    getLedger(ledgerId),
    ownerId === undefined ? Promise.resolve(null) : getIdentity(ownerId),
  ]);
  const fieldErrors: FieldErrors = {};
  let error: string | null = null;
  for (const [check, field, message] of [
    [ledger, "ledgerId", MESSAGES.ledgerMissing],
    [identity, "identityId", MESSAGES.identityMissing],
  ] as const) {
    if (check.status === "fulfilled") continue;
    if (isMissingRecord(check.reason)) fieldErrors[field] = message;
    else error ??= failure(check.reason).error;
  }
  if (error === null && Object.keys(fieldErrors).length === 0) error = MESSAGES.ledgerOrIdentityGone;
  return { ok: false, error, fieldErrors };
}

/**
 * The balance an earlier submission of this form created, if any. Scoped to the form's ledger: Blnk has an
 * index on the ledger, none on metadata, and on a million balances an unscoped metadata match scans them all
 * (half a second measured by `npm run bench`).
 */
/** A 404 from a Blnk handler; gin's plain-text 404 means the route is missing, not the record. */
function isMissingRecord(error: unknown): boolean {
  return error instanceof BlnkError && error.isMissingRecord;
}

/** Any failure as a result the browser may see: plain words, no Blnk body, no stack, no key. */
function failure(error: unknown): Extract<CreateBalanceResult, { ok: false }> {
  if (error instanceof BlnkError) return blnkFailure(error);
  return {
    ok: false,
    error: describeUnexpected(error, "create_balance_failed", MESSAGES.unexpected),
    fieldErrors: {},
  };
}

function blnkFailure(error: BlnkError): Extract<CreateBalanceResult, { ok: false }> {
  const formError = (message: string) => ({ ok: false as const, error: message, fieldErrors: {} });
  switch (error.kind) {
    case "validation": {
      const fieldErrors: FieldErrors = {};
      for (const coreField of Object.keys(error.fieldErrors ?? {})) {
        const known = CORE_FIELDS[coreField];
        if (known) fieldErrors[known.field] ??= known.message;
      }
      if (Object.keys(fieldErrors).length > 0) return { ok: false, error: null, fieldErrors };
      // Both were checked a moment ago, so one was deleted (or never committed) in between.
      if (/invalid ledger id/i.test(error.message)) return formError(MESSAGES.ledgerOrIdentityGone);
      return formError(MESSAGES.rejected);
    }
    case "not_found":
      return formError(error.isMissingEndpoint ? error.userMessage : MESSAGES.ledgerOrIdentityGone);
    case "conflict":
      return formError(error.status === 423 ? error.userMessage : MESSAGES.conflict);
    default:
      // unreachable, timeout, auth, rate limits, server and bad responses: lib/blnk words these for people.
      return formError(error.userMessage);
  }
}

/**
 * Logs a failure that is not Blnk's (a bug) as one structured line and returns `fallback`. Config errors
 * are not bugs: their message names the variable, never the key, so it is shown as is.
 */
export function describeUnexpected(error: unknown, event: string, fallback: string): string {
  if (error instanceof BlnkConfigError) return `Ledger Desk is not configured correctly: ${error.message}`;
  // One line for log search; the message only (no stack, no input values).
  logError(event, error);

  return fallback;
}
