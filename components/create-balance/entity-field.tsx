"use client";

import type * as React from "react";
import { Controller } from "react-hook-form";
import type { CreateBalanceForm } from "./create-balance-form";
import { EntityCombobox } from "./entity-combobox";
import { IDENTITY_PICKER, LEDGER_PICKER } from "./owner-and-ledger-search";

const PICKERS = {
  ledgerId: { id: "create-balance-ledger", ...LEDGER_PICKER },
  identityId: { id: "create-balance-identity", ...IDENTITY_PICKER },
} as const;

/**
 * A create-form field bound to a searchable record (the ledger, the owner): its picker's combobox on the
 * form's value.
 */
export function EntityField({
  form,
  name,
  ...combobox
}: { form: CreateBalanceForm; name: keyof typeof PICKERS } & Omit<
  React.ComponentProps<typeof EntityCombobox>,
  "value" | "onChange" | keyof (typeof PICKERS)[keyof typeof PICKERS]
>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <EntityCombobox {...PICKERS[name]} {...combobox} value={field.value} onChange={field.onChange} />
      )}
    />
  );
}
