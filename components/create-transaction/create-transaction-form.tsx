"use client";

import { ArrowDownUpIcon } from "lucide-react";
import * as React from "react";
import { Controller } from "react-hook-form";
import { CurrencyField } from "@/components/create-balance/currency-field";
import { MetadataFields } from "@/components/create-balance/metadata-fields";
import { Button } from "@/components/ui/button";
import { FormFooter } from "@/components/ui/form-footer";
import { Field, Input } from "@/components/ui/input";
import { ToggleRow } from "@/components/ui/toggle-row";
import { PartyField } from "./party-field";
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
}: {
  form: CreateTransactionForm;
  preset: CreateTransactionPreset;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  onCreated: (created: CreatedTransaction) => void;
}) {
  const { control, formState, register } = form;
  const { errors } = formState;
  const preview = useTransactionPreview(form);
  const { submit, formError, isInDoubt, checking, checkAgain } = useCreateTransactionSubmit(
    form,
    preview,
    onCreated,
  );
  const busy = formState.isSubmitting || isInDoubt;
  const [unknown, setUnknown] = React.useState<{ source?: string | null; destination?: string | null }>({});
  const [labels, setLabels] = React.useState({
    source: preset.source?.label,
    destination: preset.destination?.label,
  });
  const [swaps, setSwaps] = React.useState(0);
  const inflight = form.watch("inflight");
  const swap = () => {
    const { source, destination } = form.getValues();
    form.setValue("source", destination, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    form.setValue("destination", source, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    setLabels(({ source: s, destination: d }) => ({ source: d ?? destination, destination: s ?? source }));
    setSwaps((count) => count + 1);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-1 flex-col gap-4 overflow-y-auto"
      aria-busy={busy}
    >
      <Field id="create-transaction-amount" label="Amount" error={errors.amount?.message}>
        <Input
          id="create-transaction-amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          disabled={busy}
          aria-invalid={errors.amount ? true : undefined}
          aria-describedby="create-transaction-amount-hint create-transaction-amount-error"
          {...register("amount")}
        />
        <p id="create-transaction-amount-hint" className="text-xs text-muted-foreground">
          In major units, e.g. 12.34: converted exactly with the currency's precision, never rounded.
        </p>
      </Field>
      <Controller
        control={control}
        name="currency"
        render={({ field }) => (
          <CurrencyField
            idPrefix="create-transaction"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.currency?.message}
            overrides={precisionOverrides}
            disabled={busy}
            hintFor={(code, decimals) =>
              decimals === 0
                ? `${code} has no decimal places: enter whole numbers.`
                : `${code} has ${decimals} decimal place${decimals === 1 ? "" : "s"}.`
            }
          />
        )}
      />
      <div key={swaps} className="flex flex-col gap-2">
        <PartyField
          form={form}
          name="source"
          label="Source"
          initialText={labels.source ?? form.getValues("source")}
          error={unknown.source ?? errors.source?.message}
          onUnknownId={(message) => setUnknown((current) => ({ ...current, source: message }))}
          disabled={busy}
        />
        <Button
          type="button"
          size="sm"
          variant="ghost"
          className="self-center"
          onClick={swap}
          disabled={busy}
        >
          <ArrowDownUpIcon aria-hidden /> Swap source and destination
        </Button>
        <PartyField
          form={form}
          name="destination"
          label="Destination"
          initialText={labels.destination ?? form.getValues("destination")}
          error={unknown.destination ?? errors.destination?.message}
          onUnknownId={(message) => setUnknown((current) => ({ ...current, destination: message }))}
          disabled={busy}
        />
      </div>
      <Field id="create-transaction-description" label="Description" error={errors.description?.message}>
        <Input
          id="create-transaction-description"
          disabled={busy}
          aria-invalid={errors.description ? true : undefined}
          {...register("description")}
        />
      </Field>
      <Field id="create-transaction-reference" label="Reference" error={errors.reference?.message}>
        <Input
          id="create-transaction-reference"
          className="font-mono"
          spellCheck={false}
          disabled={busy}
          aria-invalid={errors.reference ? true : undefined}
          aria-describedby="create-transaction-reference-hint"
          {...register("reference")}
        />
        <p id="create-transaction-reference-hint" className="text-xs text-muted-foreground">
          Generated for this form. Blnk records one transaction per reference, so sending it twice records it
          once.
        </p>
      </Field>
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
      <FormFooter
        formError={formError}
        isInDoubt={isInDoubt}
        checking={checking}
        isSubmitting={busy}
        onCheckAgain={checkAgain}
        submitLabel="Create transaction"
      />
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
