"use client";

import { unwrap } from "@/lib/actions/result";
import { searchIdentitiesAction, searchLedgersAction } from "@/lib/create-balance/actions";
import type { ComboboxOption } from "./entity-combobox";

// The comboboxes' server searches, shaped as options. A failed search throws, so the combobox shows no
// stale suggestions; the server action re-checks whatever is finally submitted.

export async function searchLedgerOptions(text: string): Promise<ComboboxOption[]> {
  const ledgers = unwrap(await searchLedgersAction(text));
  return ledgers.map((ledger) => ({
    id: ledger.id,
    label: ledger.name || ledger.id,
    detail: ledger.id,
    badge: ledger.isGeneral ? "General Ledger" : undefined,
  }));
}

export async function searchIdentityOptions(text: string): Promise<ComboboxOption[]> {
  const identities = unwrap(await searchIdentitiesAction(text));
  return identities.map((identity) => ({
    id: identity.id,
    label: identity.name || identity.email || identity.id,
    detail: identity.email || identity.id,
    badge: identity.type || undefined,
  }));
}
