import "server-only";
import { mayHaveBeenApplied } from "@/lib/blnk/errors";
import type { Attempt } from "@/lib/idempotency";
import {
  AUDIT_UNAVAILABLE,
  type AuditActor,
  type AuditedAction,
  auditAttempt,
  auditOutcome,
  outcomeOf,
} from "./trail";

/** How an audited write ended. */
export type AuditedWrite<T> =
  | { kind: "done"; value: T }
  /** Its attempt could not be recorded, so nothing was sent (fail closed). */
  | { kind: "not_sent" }
  /** Blnk answered with a refusal: nothing happened. */
  | { kind: "refused"; error: unknown }
  /** Sent, but no answer: it may or may not have happened. */
  | { kind: "unknown"; error: unknown };

/**
 * One write to Blnk, accounted for: the attempt is recorded with what is sent, then `send` runs, then its
 * outcome is recorded ("ok" with the record's ID, Blnk's code, or "unknown"). Without the attempt entry
 * nothing is sent.
 */
export async function auditedWrite<T>(
  who: AuditActor,
  what: AuditedAction,
  send: () => Promise<T>,
  recordIdOf: (value: T) => string | null,
): Promise<AuditedWrite<T>> {
  const attempt = await auditAttempt(who, what);
  if (!attempt) return { kind: "not_sent" };
  try {
    const value = await send();
    await auditOutcome(who, attempt, "ok", recordIdOf(value));
    return { kind: "done", value };
  } catch (error) {
    const unknown = mayHaveBeenApplied(error);
    await auditOutcome(who, attempt, unknown ? "unknown" : outcomeOf(error));
    return unknown ? { kind: "unknown", error } : { kind: "refused", error };
  }
}

/** A form's failure when its write was not sent: the audit log could not record the attempt. */
type NotSent = { ok: false; error: string; fieldErrors: Record<string, never> };

/**
 * An audited write as a form's attempt (lib/idempotency): done with `done(value)`; never sent, failed with the
 * audit log's message; in doubt or refused, with `failure`'s words for Blnk's error.
 */
export async function formAttempt<T, V, F>(
  write: AuditedWrite<T>,
  done: (value: T) => V,
  failure: (error: unknown, kind: "refused" | "unknown") => F | Promise<F>,
): Promise<Attempt<V, F | NotSent>> {
  switch (write.kind) {
    case "done":
      return { kind: "done", value: done(write.value) };
    case "not_sent":
      return { kind: "failed", failure: { ok: false, error: AUDIT_UNAVAILABLE, fieldErrors: {} } };
    case "unknown":
      return { kind: "unknown", failure: await failure(write.error, "unknown") };
    case "refused":
      return { kind: "failed", failure: await failure(write.error, "refused") };
  }
}
