import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getBlnkConfig } from "@/lib/blnk";
import { type Attempt, runOnce } from "@/lib/idempotency";
import { type AuditActor, auditActor } from "./trail";

/**
 * How long after a write was sent Blnk may still carry it out (a request stuck in a proxy, a queue, a slow
 * disk): three Blnk timeouts. Until then a write that is not found stays in doubt; after it, it never happened.
 */
export function settleWindowMs(timeoutMs: number): number {
  return 3 * timeoutMs;
}

/**
 * One of the dashboard's writes to Blnk, done once for `operation:key` across every dashboard instance that
 * shares the database (runOnce, lib/idempotency), for `actor`: an attempt may take `timeouts` Blnk timeouts,
 * and `attempt` is given the actor as the audit trail names them. It answers `done(value, replayed)`, the
 * failure an attempt gave, or `inDoubt` while Blnk has not shown whether the write happened.
 */
export async function writeOnce<T, F, R>(
  operation: string,
  key: string,
  actor: Actor,
  options: {
    timeouts: number;
    lookup: () => Promise<T | null>;
    attempt: (who: AuditActor) => Promise<Attempt<T, F>>;
    done: (value: T, replayed: boolean) => R | Promise<R>;
    inDoubt: F;
  },
): Promise<R | F> {
  const { timeoutMs } = getBlnkConfig();
  const who = await auditActor(actor);
  const once = await runOnce<T, F>({
    key: `${operation}:${key}`,
    operation,
    settleMs: settleWindowMs(timeoutMs),
    attemptMs: options.timeouts * timeoutMs,
    lookup: options.lookup,
    attempt: () => options.attempt(who),
  });
  switch (once.kind) {
    case "done":
      return options.done(once.value, once.replayed);
    case "failed":
      return once.failure;
    case "in_doubt":
      return options.inDoubt;
  }
}
