"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type UseFormReturn, useForm } from "react-hook-form";
import { CreateForm } from "@/components/record/create-form";
import type { CreateFormFieldsProps } from "@/components/record/create-sheet";
import { Field, Input } from "@/components/ui/input";
import { createLedgerAction } from "@/lib/create-ledger/actions";
import {
  CREATE_LEDGER_FIELDS,
  type CreatedLedger,
  type CreateLedgerFormValues,
  type CreateLedgerInput,
  createLedgerSchema,
  emptyCreateLedgerForm,
  LEDGER_NAME_MAX,
} from "@/lib/create-ledger/schema";

/** "Create ledger" opens with nothing preset. */
export type CreateLedgerPreset = Record<string, never>;
export type CreateLedgerForm = UseFormReturn<CreateLedgerFormValues, unknown, CreateLedgerInput>;

export function useCreateLedgerForm(): CreateLedgerForm {
  return useForm<CreateLedgerFormValues, unknown, CreateLedgerInput>({
    resolver: zodResolver(createLedgerSchema),
    defaultValues: emptyCreateLedgerForm(),
  });
}

/** The "Create ledger" fields: a name and optional metadata. The server action checks both again. */
export function CreateLedgerFormFields({
  form,
  onCreated,
}: CreateFormFieldsProps<CreateLedgerForm, CreateLedgerPreset, CreatedLedger>) {
  const { errors } = form.formState;
  return (
    <CreateForm
      form={form}
      action={createLedgerAction}
      fields={CREATE_LEDGER_FIELDS}
      onCreated={onCreated}
      submitLabel="Create ledger"
    >
      {(isSubmitting) => (
        <Field id="create-ledger-name" label="Name" error={errors.name?.message}>
          <Input
            id="create-ledger-name"
            autoComplete="off"
            maxLength={LEDGER_NAME_MAX * 2}
            disabled={isSubmitting}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "create-ledger-name-error" : undefined}
            {...form.register("name")}
          />
        </Field>
      )}
    </CreateForm>
  );
}
