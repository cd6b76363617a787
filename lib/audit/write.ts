import "server-only";
import { mayHaveBeenApplied } from "@/lib/blnk/errors";
import { type AuditActor, type AuditedAction, auditAttempt, auditOutcome, outcomeOf } from "./trail";

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
