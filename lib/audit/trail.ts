import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { BlnkError } from "@/lib/blnk";
import { logEvent } from "@/lib/logging/log";
import { type AuditEntry, canonicalJson, type StoredAuditEntry } from "./chain";
import { redactForAudit } from "./redact";
import { appendAudit } from "./store";

// How writes reach the audit log. A write first records its attempt, with what it is about to send; only when
// that entry is stored is the request sent (fail closed: no entry, no write). Its outcome follows as a second
// entry naming the attempt.

/** Told to the person when the attempt could not be recorded: nothing was sent. */
export const AUDIT_UNAVAILABLE =
  "Nothing was sent to Blnk: the audit log could not be written. Try again; if it keeps failing, ask an Admin to check Ledger Desk's database.";

export type AuditActor = Pick<AuditEntry, "actorId" | "actorEmail" | "actorRole" | "clientAddress">;

/** The client's address as the server saw it: lib/security/client-address.ts put it in the header. */
export function addressIn(requestHeaders: Headers | null | undefined): string | null {
  return requestHeaders?.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

/** The current request's client address; null outside a request. */
async function requestAddress(): Promise<string | null> {
  try {
    return addressIn(await headers());
  } catch {
    return null;
  }
}

/** Who is acting, for the log: the signed-in person (or the demo user) and where the request came from. */
export async function auditActor(actor: Actor): Promise<AuditActor> {
  return {
    actorId: actor.id,
    actorEmail: actor.email,
    actorRole: actor.role,
    clientAddress: await requestAddress(),
  };
}

export type AuditedAction = {
  action: string;
  recordType: string;
  recordId?: string | null;
  /** What is sent; secrets and personal data are removed before it is stored (redact.ts). */
  request?: unknown;
};

const requestText = (request: unknown) =>
  request === undefined ? null : canonicalJson(redactForAudit(request));

/** Records that `who` is about to do `what`. Null when the entry could not be stored: do not send the write. */
export function auditAttempt(who: AuditActor, what: AuditedAction): Promise<StoredAuditEntry | null> {
  return auditEvent(who, { ...what, outcome: "attempted" });
}

/** "ok", or what went wrong: Blnk's error code, or "unknown" when the answer never came. */
export function outcomeOf(error: unknown): string {
  if (error instanceof BlnkError) return error.code || `HTTP_${error.status}`;
  return "error";
}

/**
 * Records how the attempt ended. The write has happened (or not) already, so a failure here cannot undo it:
 * it is logged as an error event, and the attempt entry still says the write was sent.
 */
export async function auditOutcome(
  who: AuditActor,
  attempt: StoredAuditEntry,
  outcome: string,
  recordId?: string | null,
): Promise<void> {
  try {
    await appendAudit({
      ...who,
      at: Date.now(),
      action: attempt.action,
      recordType: attempt.recordType,
      recordId: recordId ?? attempt.recordId,
      request: null,
      outcome,
      attemptSeq: attempt.seq,
    });
  } catch (error) {
    logEvent("error", "audit_write_failed", {
      action: attempt.action,
      seq: attempt.seq,
      message: String(error),
    });
  }
}

/**
 * One entry (a sign-in, a failed sign-in, a write's attempt): never throws; null when it could not be stored,
 * which is logged as an error event.
 */
export async function auditEvent(
  who: AuditActor,
  what: AuditedAction & { outcome: string },
): Promise<StoredAuditEntry | null> {
  try {
    return await appendAudit({
      ...who,
      at: Date.now(),
      action: what.action,
      recordType: what.recordType,
      recordId: what.recordId ?? null,
      request: requestText(what.request),
      outcome: what.outcome,
      attemptSeq: null,
    });
  } catch (error) {
    logEvent("error", "audit_write_failed", { action: what.action, message: String(error) });
    return null;
  }
}
