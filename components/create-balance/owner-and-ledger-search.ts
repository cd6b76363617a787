"use client";

import { searchIdentitiesAction, searchLedgersAction } from "@/lib/create-balance/actions";
import type { ComboboxOption } from "./entity-combobox";

// The comboboxes' server searches, shaped as options. A failed search throws, so the combobox shows no
// stale suggestions; the server action re-checks whatever is finally submitted.

export async function searchLedgerOptions(text: string): Promise<ComboboxOption[]> {
  const result = await searchLedgersAction(text);
  if (!result.ok) throw new Error(result.error);
  return result.data.map((ledger) => ({
    id: ledger.id,
    label: ledger.name || ledger.id,
    detail: ledger.id,
    badge: ledger.isGeneral ? "General Ledger" : undefined,
  }));
}

export async function searchIdentityOptions(text: string): Promise<ComboboxOption[]> {
  const result = await searchIdentitiesAction(text);
  if (!result.ok) throw new Error(result.error);
  return result.data.map((identity) => ({
    id: identity.id,
    label: identity.name || identity.email || identity.id,
    detail: identity.email || identity.id,
    badge: identity.type || undefined,
  }));
}

export const isLedgerIdText = (text: string) => /^ldg_[\w-]+$/.test(text) || text === "general_ledger_id";
export const isIdentityIdText = (text: string) => /^idt_[\w-]+$/.test(text);
