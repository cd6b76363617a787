"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { type UseFormReturn, useForm } from "react-hook-form";
import { MetadataFields } from "@/components/create-balance/metadata-fields";
import type { CreateFormFieldsProps } from "@/components/record/create-sheet";
import { useInDoubtRecheck } from "@/components/record/use-in-doubt-recheck";
import { FormFooter } from "@/components/ui/form-footer";
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
  const { submit, ...footer } = useCreateLedgerSubmit(form, onCreated);
  const isSubmitting = form.formState.isSubmitting || footer.isInDoubt;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-1 flex-col gap-5 overflow-y-auto"
      aria-busy={isSubmitting}
    >
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
      <MetadataFields
        control={form.control}
        register={form.register}
        errors={errors}
        disabled={isSubmitting}
      />
      <FormFooter {...footer} isSubmitting={isSubmitting} submitLabel="Create ledger" />
    </form>
  );
}

/**
 * Submitting: the raw values go to the action; errors land at their fields and in a form-level message; a
 * create in doubt keeps the form locked and is checked again, with the same values, until the server knows.
 */
function useCreateLedgerSubmit(form: CreateLedgerForm, onCreated: (created: CreatedLedger) => void) {
  const [formError, setFormError] = React.useState<string | null>(null);
  const send = async (values: CreateLedgerFormValues) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof createLedgerAction>>;
    try {
      result = await createLedgerAction(values);
    } catch {
      setFormError("Could not reach the Ledger Desk server. Nothing was lost: try again.");
      return;
    }
    setInDoubt(!result.ok && result.inDoubt ? values : null);
    if (result.ok) return onCreated(result.data);
    for (const name of CREATE_LEDGER_FIELDS) {
      const message = result.fieldErrors?.[name];
      if (message) form.setError(name, { type: "server", message });
    }
    setFormError(result.error);
  };
  const { setInDoubt, isInDoubt, checking, checkAgain } = useInDoubtRecheck(send);
  return {
    submit: form.handleSubmit(() => send(form.getValues())),
    formError,
    isInDoubt,
    checking,
    checkAgain,
  };
}
