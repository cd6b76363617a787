"use client";

import type { FormSheetProps } from "@/components/record/form-sheet-provider";
import { FormSheet } from "@/components/ui/form-sheet";
import {
  CreateBalanceFormFields,
  type CreateBalancePreset,
  type CreatedBalance,
  useCreateBalanceForm,
} from "./create-balance-form";

/** The "Create balance" right-side sheet; closing it asks before throwing away anything typed. */
export function CreateBalanceSheet({
  onClose,
  ...fields
}: FormSheetProps<CreateBalancePreset, CreatedBalance>) {
  const form = useCreateBalanceForm(fields.preset);
  return (
    <FormSheet
      title="Create balance"
      description="A balance holds one currency in one ledger, optionally for an owner."
      noun="balance"
      formState={form.formState}
      onClose={onClose}
    >
      <CreateBalanceFormFields form={form} {...fields} />
    </FormSheet>
  );
}
