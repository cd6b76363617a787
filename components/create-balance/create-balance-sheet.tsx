"use client";

import { FormSheet } from "@/components/ui/form-sheet";
import {
  CreateBalanceFormFields,
  type CreateBalancePreset,
  type CreatedBalance,
  useCreateBalanceForm,
} from "./create-balance-form";

/** The "Create balance" right-side sheet; closing it asks before throwing away anything typed. */
export function CreateBalanceSheet({
  preset,
  precisionOverrides,
  onClose,
  onCreated,
}: {
  preset: CreateBalancePreset;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  onClose: () => void;
  onCreated: (created: CreatedBalance) => void;
}) {
  const form = useCreateBalanceForm(preset);
  return (
    <FormSheet
      title="Create balance"
      description="A balance holds one currency in one ledger, optionally for an owner."
      discardTitle="Discard this balance?"
      discardDescription={'What you entered in "Create balance" will be lost.'}
      isDirty={form.formState.isDirty}
      isBusy={form.formState.isSubmitting}
      onClose={onClose}
    >
      <CreateBalanceFormFields
        form={form}
        preset={preset}
        precisionOverrides={precisionOverrides}
        onCreated={onCreated}
      />
    </FormSheet>
  );
}
