"use client";

import { FormSheet } from "@/components/ui/form-sheet";
import { CreateTransactionFormFields } from "./create-transaction-form";
import {
  type CreatedTransaction,
  type CreateTransactionPreset,
  useCreateTransactionForm,
} from "./use-create-transaction-form";

/** The "Create transaction" right-side sheet; closing it asks before throwing away anything typed. */
export function CreateTransactionSheet({
  preset,
  precisionOverrides,
  onClose,
  onCreated,
}: {
  preset: CreateTransactionPreset;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  onClose: () => void;
  onCreated: (created: CreatedTransaction) => void;
}) {
  const form = useCreateTransactionForm(preset);
  return (
    <FormSheet
      title="Create transaction"
      description="Move an amount from a source balance to a destination balance. The preview shows both before anything is written."
      discardTitle="Discard this transaction?"
      discardDescription={'What you entered in "Create transaction" will be lost.'}
      isDirty={form.formState.isDirty}
      isBusy={form.formState.isSubmitting}
      onClose={onClose}
    >
      <CreateTransactionFormFields
        form={form}
        preset={preset}
        precisionOverrides={precisionOverrides}
        onCreated={onCreated}
      />
    </FormSheet>
  );
}
