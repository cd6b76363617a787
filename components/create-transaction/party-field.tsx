"use client";

import { Controller } from "react-hook-form";
import type { ComboboxOption } from "@/components/create-balance/entity-combobox";
import { EntityCombobox } from "@/components/create-balance/entity-combobox";
import { getJson } from "@/lib/browser/get-json";
import type { BalanceOption } from "@/lib/create-transaction/search";
import type { CreateTransactionForm } from "./use-create-transaction-form";

/** A balance ID or an @indicator: text a person pasted rather than a name to search for. */
const isPartyText = (text: string) => /^bln_[\w-]+$/.test(text) || /^@\S+$/.test(text);

/** The currency of each balance the searches have shown, to fill in "Currency" when it is still empty. */
const currencyOf = new Map<string, string>();

async function searchBalanceOptions(
  text: string,
  currency: string,
  signal: AbortSignal,
): Promise<ComboboxOption[]> {
  const balances = await getJson<BalanceOption[]>("/api/search/balances", { q: text, currency }, signal);
  for (const balance of balances) if (balance.currency) currencyOf.set(balance.id, balance.currency);
  return balances;
}

/** "Source" or "Destination": balances by owner name, @indicator or ID, in the form's currency once chosen. */
export function PartyField({
  form,
  name,
  label,
  initialText,
  error,
  onUnknownId,
  disabled,
}: {
  form: CreateTransactionForm;
  name: "source" | "destination";
  label: string;
  initialText?: string;
  error?: string;
  onUnknownId: (message: string | null) => void;
  disabled: boolean;
}) {
  const currency = form.watch("currency").trim();
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <EntityCombobox
          id={`create-transaction-${name}`}
          label={label}
          value={field.value}
          initialText={initialText}
          onChange={(id) => {
            field.onChange(id);
            const known = currencyOf.get(id);
            if (known && form.getValues("currency").trim() === "") {
              form.setValue("currency", known, { shouldDirty: true, shouldValidate: true });
            }
          }}
          search={(text, signal) => searchBalanceOptions(text, currency, signal)}
          queryKey={`balances-${currency}`}
          isIdText={isPartyText}
          unknownIdMessage="No balance has this ID."
          onUnknownId={onUnknownId}
          placeholder="Owner name, @indicator, or paste a balance ID"
          hint={
            field.value
              ? `Selected balance: ${field.value}`
              : name === "source"
                ? "An @indicator's balance is created by Blnk the first time it is used."
                : undefined
          }
          error={error}
          disabled={disabled}
        />
      )}
    />
  );
}
