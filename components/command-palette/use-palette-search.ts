"use client";

import { ledgerMatches, useLedgerDirectory } from "@/components/search/ledger-directory";
import { getJson } from "@/lib/browser/get-json";
import { useTypeahead } from "@/lib/browser/use-typeahead";
import type { IdentityOption, LedgerOption } from "@/lib/create-balance/search";
import { classifyText, MAX_LOOKUP_LENGTH, mayBeReference, type TextKind } from "@/lib/search/classify";
import type { Resolution, ResolvedRecord } from "@/lib/search/resolve";

// What the palette finds for the text typed, asked at every keystroke (an older text's requests cancelled):
// the record a pasted ID, @indicator or reference names (the server looks it up), identities by name (the
// server), and ledgers by name (in the browser, from the ledgers it holds).

const resolve = (text: string, signal: AbortSignal) =>
  getJson<Resolution>("/api/search/resolve", { q: text }, signal);
const identities = (text: string, signal: AbortSignal) =>
  getJson<IdentityOption[]>("/api/search/identities", { q: text }, signal);
const ledgers = (text: string, signal: AbortSignal) =>
  getJson<LedgerOption[]>("/api/search/ledgers", { q: text }, signal);

export type PaletteSearch = {
  kind: TextKind;
  isTooLong: boolean;
  /** The records the text names; undefined while the lookup for exactly this text is on its way. */
  records: ResolvedRecord[] | undefined;
  /** Whether the text is looked up as an ID, @indicator or reference at all. */
  isLookup: boolean;
  identities: IdentityOption[];
  ledgers: LedgerOption[];
  isSearching: boolean;
  /** A search that failed, in plain words. */
  failure: string | null;
};

export function usePaletteSearch(text: string): PaletteSearch {
  const term = text.trim();
  const kind = classifyText(term);
  const isTooLong = term.length > MAX_LOOKUP_LENGTH;
  const isName = kind === "text" && !isTooLong;
  const isLookup = !isTooLong && kind !== "empty" && (kind !== "text" || mayBeReference(term));

  const directory = useLedgerDirectory();
  const localLedgers = isName ? ledgerMatches(directory.data, term) : [];
  const resolved = useTypeahead({
    key: ["palette", "resolve"],
    text: term,
    search: resolve,
    enabled: isLookup,
  });
  const people = useTypeahead({
    key: ["palette", "identities"],
    text: term,
    search: identities,
    enabled: isName,
  });
  const books = useTypeahead({
    key: ["palette", "ledgers"],
    text: term,
    search: ledgers,
    enabled: isName && localLedgers === null,
  });

  const exact = <T>(query: { data: T | undefined; isPlaceholderData: boolean }) =>
    query.isPlaceholderData ? undefined : query.data;
  const failed = [resolved, people, localLedgers === null ? books : null].find((query) => query?.error);
  return {
    kind,
    isTooLong,
    isLookup,
    records: isLookup ? exact(resolved)?.records : [],
    identities: isName ? (people.data ?? []) : [],
    ledgers: isName ? (localLedgers ?? books.data ?? []) : [],
    isSearching: (isLookup && resolved.isFetching) || (isName && people.isFetching),
    failure: failed?.error?.message ?? null,
  };
}
