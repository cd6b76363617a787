"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { Controller, type UseFormReturn, useForm } from "react-hook-form";
import { SheetForm } from "@/components/record/create-form";
import type { CreateFormFieldsProps } from "@/components/record/create-sheet";
import { FormFooter } from "@/components/ui/form-footer";
import {
  type CreateBalanceFormValues,
  type CreateBalanceInput,
  createBalanceSchema,
  emptyCreateBalanceForm,
} from "@/lib/create-balance/schema";
import { AdvancedOptions, LockedValue } from "./advanced-options";
import { CurrencyField } from "./currency-field";
import { EntityField } from "./entity-field";
import { useLocalLedgerOptions } from "./owner-and-ledger-search";
import { useCreateBalanceSubmit } from "./use-create-balance-submit";

export type CreateBalancePreset = {
  ledger?: { id: string; name: string };
  identity?: { id: string; name: string };
};

/** What the provider needs to show a new balance: its ID, where it belongs, and whether it was made just now. */
export type CreatedBalance = {
  balanceId: string;
  wasRetry: boolean;
  ledgerId: string;
  identityId: string | null;
};

export type CreateBalanceForm = UseFormReturn<CreateBalanceFormValues, unknown, CreateBalanceInput>;

export function useCreateBalanceForm(preset: CreateBalancePreset): CreateBalanceForm {
  return useForm<CreateBalanceFormValues, unknown, CreateBalanceInput>({
    resolver: zodResolver(createBalanceSchema),
    defaultValues: emptyCreateBalanceForm({ ledgerId: preset.ledger?.id, identityId: preset.identity?.id }),
  });
}

/** The "Create balance" fields (product.md §4). Submits through the server action, which re-validates. */
export function CreateBalanceFormFields({
  form,
  preset,
  precisionOverrides,
  onCreated,
}: CreateFormFieldsProps<CreateBalanceForm, CreateBalancePreset, CreatedBalance>) {
  const { control, formState } = form;
  const { errors } = formState;
  const { submit, ...footer } = useCreateBalanceSubmit(form, onCreated);
  const isSubmitting = formState.isSubmitting || footer.isInDoubt;
  const [ledgerIdError, setLedgerIdError] = React.useState<string | null>(null);
  const [identityIdError, setIdentityIdError] = React.useState<string | null>(null);
  const [showAdvanced, setShowAdvanced] = React.useState(Boolean(preset.identity));

  // Errors inside "Advanced options" must not hide behind a collapsed section.
  const advancedHasError = Boolean(errors.identityId || errors.metadata || errors.assignOwner);
  React.useEffect(() => {
    if (advancedHasError) setShowAdvanced(true);
  }, [advancedHasError]);

  const ledgerError = ledgerIdError ?? errors.ledgerId?.message;
  const identityError = identityIdError ?? errors.identityId?.message;

  return (
    <SheetForm onSubmit={submit} busy={isSubmitting}>
      {preset.ledger ? (
        <LockedValue label="Ledger" name={preset.ledger.name} id={preset.ledger.id} />
      ) : (
        <LedgerField form={form} error={ledgerError} onUnknownId={setLedgerIdError} disabled={isSubmitting} />
      )}

      <Controller
        control={control}
        name="currency"
        render={({ field }) => (
          <CurrencyField
            field={field}
            error={errors.currency?.message}
            overrides={precisionOverrides}
            disabled={isSubmitting}
          />
        )}
      />

      <AdvancedOptions
        form={form}
        preset={preset}
        isOpen={showAdvanced}
        onToggle={() => setShowAdvanced((open) => !open)}
        disabled={isSubmitting}
        identityError={identityError}
        onUnknownIdentity={setIdentityIdError}
      />

      <FormFooter {...footer} isSubmitting={isSubmitting} submitLabel="Create balance" />
    </SheetForm>
  );
}

/** The Ledger combobox: search by name, or a pasted ledger ID (checked as it is typed). */
function LedgerField({
  form,
  error,
  onUnknownId,
  disabled,
}: {
  form: CreateBalanceForm;
  error: string | undefined;
  onUnknownId: (message: string | null) => void;
  disabled: boolean;
}) {
  const localOptions = useLocalLedgerOptions();
  return (
    <EntityField
      form={form}
      name="ledgerId"
      localOptions={localOptions}
      onUnknownId={onUnknownId}
      hint="Application balances usually belong in a ledger other than the General Ledger."
      error={error}
      disabled={disabled}
    />
  );
}
