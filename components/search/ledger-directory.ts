"use client";

import { useQuery } from "@tanstack/react-query";
import { isLedgerIdText } from "@/lib/blnk/ids";
import { getJson } from "@/lib/browser/get-json";
import type { LedgerOption } from "@/lib/create-balance/search";
import type { LedgerDirectory } from "@/lib/search/ledger-directory";

// The ledgers, loaded once and searched in the browser: a keystroke finds them without a round trip. Each
// mount (the Ledger field, the palette) loads the list again in the background, so one created a moment ago
// turns up; a text nothing in the list matches is asked of the server all the same (see ledgerMatches).

export const LEDGER_DIRECTORY_KEY = ["ledger-directory"] as const;

export function useLedgerDirectory(enabled = true) {
  return useQuery({
    queryKey: LEDGER_DIRECTORY_KEY,
    queryFn: ({ signal }) => getJson<LedgerDirectory>("/api/search/ledger-directory", {}, signal),
    enabled,
    staleTime: 0,
  });
}

const MAX_MATCHES = 8;

/**
 * Up to 8 ledgers for `text`, as the server search answers them (lib/create-balance/search.ts): a pasted ID
 * gives that ledger; otherwise names containing the text in any case, newest first, the General Ledger kept
 * among them when it matches; empty text gives the 8 newest and the General Ledger. Null when the browser
 * cannot tell alone: the list is not all the ledgers there are, or nothing in it matches (a ledger may be
 * newer than the list).
 */
export function ledgerMatches(directory: LedgerDirectory | undefined, text: string): LedgerOption[] | null {
  if (!directory?.complete) return null;
  const query = text.trim();
  const needle = query.toLowerCase();
  const matches = directory.ledgers.filter((ledger) =>
    isLedgerIdText(query) ? ledger.id === query : ledger.name.toLowerCase().includes(needle),
  );
  if (matches.length === 0) return null;
  const general = matches.find((ledger) => ledger.isGeneral);
  const first = matches.slice(0, MAX_MATCHES);
  if (!general || first.includes(general)) return first;
  return query === "" ? [...first, general] : [...first.slice(0, MAX_MATCHES - 1), general];
}
