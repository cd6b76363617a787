import "server-only";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import type { AuditedWrite } from "@/lib/audit/write";
import { BlnkError } from "@/lib/blnk";
import { describeUnexpected } from "@/lib/create-balance/create";
import { type Attempt, runOnce } from "@/lib/idempotency";

// What the transaction writes share: a snapshot taken once per request ID, refusals in plain words, and what
// an audited write that did not go through comes to.

/**
 * `read()` once per key: the first request of a confirmation stores what it saw, and every later request with
 * the same request ID (a double click, a replay, a check after no answer came) gets that same snapshot. The
 * writes use it to tell their own commit or void from rows that were there before they were sent: Core gives
 * a commit a random reference, so nothing else names it. `replayed`: this is not the first request.
 */
export async function snapshotOnce<T>(
  key: string,
  timeoutMs: number,
  read: () => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  const once = await runOnce<T, never>({
    key,
    operation: "write_snapshot",
    // A read changes nothing: a request that finds another one reading takes the key over at once.
    settleMs: 0,
    attemptMs: timeoutMs,
    attempt: async () => ({ kind: "done", value: await read() }),
    lookup: async () => null,
  });
  // The attempt never ends in doubt or failed (a thrown read propagates), so this is the only outcome.
  if (once.kind === "done") return { value: once.value, replayed: once.replayed };
  return { value: await read(), replayed: false };
}

/** A write Blnk (or anything else) refused, in words the person can act on: no stack, no body, no key. */
export function refusalText(error: unknown, event: string, fallback: string): string {
  if (error instanceof BlnkError) return error.userMessage;
  return describeUnexpected(error, event, fallback);
}

/** Blnk's own reason for a refusal, as the holds desk reports it per row. */
export function coreReason(error: unknown): { code: string | null; message: string } {
  if (error instanceof BlnkError) return { code: error.code || null, message: error.message };
  return { code: null, message: "Ledger Desk could not send this hold. Check the server logs." };
}

type FormFailure = { ok: false; error: string; fieldErrors: Record<string, never> };

/**
 * An audited write that did not go through, as its attempt: never sent (the audit log is down), sent without
 * an answer (in doubt: `messages.inDoubt`), or refused, in words (`refusedEvent` logs an unexpected error).
 */
export function unfinishedWrite(
  write: Exclude<AuditedWrite<unknown>, { kind: "done" }>,
  messages: { inDoubt: string; unexpected: string },
  refusedEvent: string,
): Attempt<never, FormFailure> {
  const fail = (error: string): FormFailure => ({ ok: false, error, fieldErrors: {} });
  switch (write.kind) {
    case "not_sent":
      return { kind: "failed", failure: fail(AUDIT_UNAVAILABLE) };
    case "unknown":
      return { kind: "unknown", failure: fail(messages.inDoubt) };
    case "refused":
      return { kind: "failed", failure: fail(refusalText(write.error, refusedEvent, messages.unexpected)) };
  }
}
