"use client";

import { Controller } from "react-hook-form";
import { MetadataFields } from "@/components/create-balance/metadata-fields";
import type { CreateFormFieldsProps } from "@/components/record/create-sheet";
import { FormFooter } from "@/components/ui/form-footer";
import { Field, Input } from "@/components/ui/input";
import { ToggleRow } from "@/components/ui/toggle-row";
import { AmountFields, DescriptionAndReference, PartyFields } from "./form-fields";
import { TransactionPreview } from "./transaction-preview";
import {
  type CreatedTransaction,
  type CreateTransactionForm,
  type CreateTransactionPreset,
  useCreateTransactionSubmit,
  useTransactionPreview,
} from "./use-create-transaction-form";

/** `datetime-local` text for a moment, in the browser's time zone. */
function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The "Create transaction" fields (product.md §10), the preview, and the submit button. */
export function CreateTransactionFormFields({
  form,
  preset,
  precisionOverrides,
  onCreated,
}: CreateFormFieldsProps<CreateTransactionForm, CreateTransactionPreset, CreatedTransaction>) {
  const { control, formState, register } = form;
  const { errors } = formState;
  const preview = useTransactionPreview(form);
  const { submit, ...footer } = useCreateTransactionSubmit(form, preview, onCreated);
  const busy = formState.isSubmitting || footer.isInDoubt;
  const inflight = form.watch("inflight");

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-1 flex-col gap-4 overflow-y-auto"
      aria-busy={busy}
    >
      <AmountFields form={form} precisionOverrides={precisionOverrides} busy={busy} />
      <PartyFields form={form} preset={preset} busy={busy} />
      <DescriptionAndReference form={form} busy={busy} />
      <Switches form={form} busy={busy} inflight={inflight} />
      <Field
        id="create-transaction-effective-date"
        label="Effective date"
        error={errors.effectiveDate?.message}
      >
        <Input
          id="create-transaction-effective-date"
          type="datetime-local"
          max={localInputValue(new Date())}
          disabled={busy}
          aria-invalid={errors.effectiveDate ? true : undefined}
          {...register("effectiveDate")}
        />
      </Field>
      <MetadataFields control={control} register={register} errors={errors} disabled={busy} />
      <TransactionPreview
        result={preview.result}
        isLoading={preview.isLoading}
        isComplete={preview.key !== null}
        onRetry={() => void preview.refetch()}
      />
      <FormFooter {...footer} isSubmitting={busy} submitLabel="Create transaction" />
    </form>
  );
}

const SWITCHES = [
  {
    name: "allowOverdraft",
    id: "create-transaction-overdraft",
    label: "Apply overdraft",
    description: "Let the source go below zero.",
  },
  {
    name: "inflight",
    id: "create-transaction-inflight",
    label: "Apply inflight",
    description: "Hold the amount until it is committed or voided.",
  },
] as const;

function Switches({
  form,
  busy,
  inflight,
}: {
  form: CreateTransactionForm;
  busy: boolean;
  inflight: boolean;
}) {
  const { control, formState } = form;
  return (
    <>
      {SWITCHES.map((toggle) => (
        <Controller
          key={toggle.name}
          control={control}
          name={toggle.name}
          render={({ field }) => (
            <ToggleRow
              id={toggle.id}
              label={toggle.label}
              description={toggle.description}
              checked={field.value}
              disabled={busy}
              onCheckedChange={field.onChange}
            />
          )}
        />
      ))}
      {inflight ? (
        <Field
          id="create-transaction-inflight-expiry"
          label="Inflight expiry"
          error={formState.errors.inflightExpiry?.message}
        >
          <Input
            id="create-transaction-inflight-expiry"
            type="datetime-local"
            min={localInputValue(new Date())}
            disabled={busy}
            {...form.register("inflightExpiry")}
          />
        </Field>
      ) : null}
    </>
  );
}
