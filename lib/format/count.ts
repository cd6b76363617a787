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
