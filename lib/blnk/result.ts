import "server-only";
import { logEvent } from "@/lib/logging/log";
import { BlnkError, type BlnkErrorPlain, isBlnkError, toBlnkErrorPlain } from "./errors";

export type BlnkResult<T> = { ok: true; data: T } | { ok: false; error: BlnkErrorPlain };

/**
 * Runs Blnk calls for a page or an action and turns a Blnk failure into a plain error the browser may see,
 * logging it as one structured line (never the key or a response body). Anything that is not a Blnk
 * failure is a bug and is re-thrown.
 */
/**
 * `load()`, or `fallback` when it fails with a Blnk error (`when` narrows which ones, e.g. only a missing
 * record); anything that is not a Blnk failure is a bug and stays thrown. For side lookups whose failure
 * costs a detail (a name, a badge), never the page.
 */
export async function orFallback<T, F = T>(
  load: () => Promise<T>,
  fallback: F | ((error: BlnkError) => F),
  when: (error: BlnkError) => boolean = () => true,
): Promise<T | F> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof BlnkError) || !when(error)) throw error;
    return typeof fallback === "function" ? (fallback as (error: BlnkError) => F)(error) : fallback;
  }
}

/** For `orFallback`: only a record Blnk says does not exist falls back. */
export const isMissingRecord = (error: BlnkError) => error.isMissingRecord;

/** `load()`, or null when Blnk says the record does not exist; other failures still throw. */
export function orNullIfMissing<T>(load: () => Promise<T>): Promise<T | null> {
  return orFallback(load, null, isMissingRecord);
}

export async function blnkResult<T>(load: () => Promise<T>): Promise<BlnkResult<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    const plain = toBlnkErrorPlain(error);
    logEvent("error", "blnk_call_failed", {
      kind: plain.kind,
      code: plain.code,
      status: plain.status,
      endpoint: isBlnkError(error) ? error.endpoint : undefined,
    });

    return { ok: false, error: plain };
  }
}
