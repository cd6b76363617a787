import type { BlnkError } from "./errors";

/** How many times a call Blnk refused as busy is sent again. */
export const BUSY_RETRIES = 2;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 2_000;

/**
 * How long to wait before sending a call again that Blnk refused as busy, or null not to. Core's rate limiter
 * (429 GEN_RATE_LIMITED) refuses before any handler runs, so even a write was not applied and may be resent.
 * 503 QUEUE_BACKPRESSURE comes from a full queue after a transaction may already be stored, so only reads
 * are resent then. Waits Retry-After when Blnk sends one (capped), else 250 ms, then 500 ms.
 */
export function busyRetryDelayMs(error: BlnkError, attempt: number, isRead: boolean): number | null {
  if (attempt >= BUSY_RETRIES) return null;
  const rateLimited = error.status === 429;
  const backpressure = error.status === 503 && error.code === "QUEUE_BACKPRESSURE";
  if (!rateLimited && !(backpressure && isRead)) return null;
  const asked = error.retryAfterMs;
  return Math.min(asked ?? BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
