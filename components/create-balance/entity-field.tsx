"use client";

import type * as React from "react";
import { Controller } from "react-hook-form";
import type { CreateBalanceForm } from "./create-balance-form";
import { EntityCombobox } from "./entity-combobox";

/** A create-form field bound to a searchable record (the ledger, the owner): the combobox on the form's value. */
export function EntityField({
  form,
  name,
  ...combobox
}: { form: CreateBalanceForm; name: "ledgerId" | "identityId" } & Omit<
  React.ComponentProps<typeof EntityCombobox>,
  "value" | "onChange"
>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => <EntityCombobox {...combobox} value={field.value} onChange={field.onChange} />}
    />
  );
}
