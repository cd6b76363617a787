"use client";

import * as React from "react";
import { ledgerMatches, useLedgerDirectory } from "@/components/search/ledger-directory";
import { isIdentityIdText, isLedgerIdText } from "@/lib/blnk/ids";
import { getJson } from "@/lib/browser/get-json";
import type { IdentityOption, LedgerOption } from "@/lib/create-balance/search";
import type { ComboboxOption } from "./entity-combobox";

// The comboboxes' searches, shaped as options. A failed search throws, so the combobox shows no stale
// suggestions; the server action re-checks whatever is finally submitted.

export async function searchLedgerOptions(text: string, signal: AbortSignal): Promise<ComboboxOption[]> {
  const ledgers = await getJson<LedgerOption[]>("/api/search/ledgers", { q: text }, signal);
  return ledgers.map(toLedgerComboboxOption);
}

/** The Ledger field's own answers from the ledgers held in the browser (null: ask the server). */
export function useLocalLedgerOptions(): (text: string) => ComboboxOption[] | null {
  const directory = useLedgerDirectory();
  return React.useCallback(
    (text: string) => ledgerMatches(directory.data, text)?.map(toLedgerComboboxOption) ?? null,
    [directory.data],
  );
}

function toLedgerComboboxOption(ledger: LedgerOption): ComboboxOption {
  return {
    id: ledger.id,
    label: ledger.name || ledger.id,
    detail: ledger.id,
    badge: ledger.isGeneral ? "General Ledger" : undefined,
  };
}

export async function searchIdentityOptions(text: string, signal: AbortSignal): Promise<ComboboxOption[]> {
  const identities = await getJson<IdentityOption[]>("/api/search/identities", { q: text }, signal);
  return identities.map((identity) => ({
    id: identity.id,
    label: identity.name || identity.email || identity.id,
    detail: identity.email || identity.id,
    badge: identity.type || undefined,
  }));
}

/** The identity picker as every form words it; each form adds its field's id, value, errors and state. */
export const IDENTITY_PICKER = {
  label: "Identity",
  search: searchIdentityOptions,
  queryKey: "identities",
  isIdText: isIdentityIdText,
  unknownIdMessage: "No identity has this ID.",
  placeholder: "Search by name or email, or paste an identity ID",
} as const;

/** The ledger picker, likewise. */
export const LEDGER_PICKER = {
  label: "Ledger",
  search: searchLedgerOptions,
  queryKey: "ledgers",
  isIdText: isLedgerIdText,
  unknownIdMessage: "No ledger has this ID.",
  placeholder: "Search by name, or paste a ledger ID",
} as const;
