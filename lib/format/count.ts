import type { BlnkResult } from "@/lib/blnk/result";
import { logError } from "@/lib/logging/log";

// How many records a list holds, as its header says it. Core's GET lists (what a key with read scopes only may
// use, see lib/blnk/list.ts) answer no total: the header then says so, and never shows a number it does not have.

export const COUNT_UNAVAILABLE = "count unavailable";

/** "1,204 balances"; "1 balance"; without a total, "Page 3 · count unavailable" (or "Count unavailable"). */
export function countText(total: number | null, noun: { one: string; many: string }, page?: number): string {
  if (total === null) {
    return page === undefined
      ? `${COUNT_UNAVAILABLE[0]?.toUpperCase()}${COUNT_UNAVAILABLE.slice(1)}`
      : `Page ${page} · ${COUNT_UNAVAILABLE}`;
  }
  return `${total.toLocaleString("en-US")} ${total === 1 ? noun.one : noun.many}`;
}

/** A count shown on its own (a table cell, a details field): the number, or why there is none. */
export type RecordCount = { count: number } | { count: null; reason: string };

/**
 * Why Blnk gave no total: with a key that may only read, lists come from Core's GET routes (Core counts every
 * POST, /filter included, as a write), and those never count; a Core older than 0.13.2 has no filter route.
 */
export const NO_TOTAL_REASON =
  "Not counted: this Blnk API key may not filter (Core treats POST …/filter as a write), and Blnk's plain lists give no total.";

/** A count call's outcome as a RecordCount; a failure says what went wrong. */
export function recordCountOf(result: BlnkResult<number | null>): RecordCount {
  if (!result.ok) return { count: null, reason: `Not counted: ${result.error.userMessage}` };
  return result.data === null ? { count: null, reason: NO_TOTAL_REASON } : { count: result.data };
}

/**
 * What a count call settles to, never a rejection: its promise goes to the browser (StreamedCount), where a
 * rejection would replace the page with an error. Blnk failures are already a result; anything else is a bug,
 * logged.
 */
export function settleCount(load: Promise<BlnkResult<number | null>>): Promise<RecordCount> {
  return load.then(recordCountOf, (error: unknown) => {
    logError("count_failed", error);
    return { count: null, reason: "Not counted: the count failed." };
  });
}
