"use client";

import type { FormSheetProps } from "@/components/record/form-sheet-provider";
import { FormSheet } from "@/components/ui/form-sheet";
import { CreateTransactionFormFields } from "./create-transaction-form";
import {
  type CreatedTransaction,
  type CreateTransactionPreset,
  useCreateTransactionForm,
} from "./use-create-transaction-form";

/** The "Create transaction" right-side sheet; closing it asks before throwing away anything typed. */
export function CreateTransactionSheet({
  onClose,
  ...fields
}: FormSheetProps<CreateTransactionPreset, CreatedTransaction>) {
  const form = useCreateTransactionForm(fields.preset);
  return (
    <FormSheet
      title="Create transaction"
      description="Move an amount from a source balance to a destination balance. The preview shows both before anything is written."
      noun="transaction"
      formState={form.formState}
      onClose={onClose}
    >
      <CreateTransactionFormFields form={form} {...fields} />
    </FormSheet>
  );
}
