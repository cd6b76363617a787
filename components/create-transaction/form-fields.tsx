"use client";

import { ArrowDownUpIcon } from "lucide-react";
import * as React from "react";
import { Controller } from "react-hook-form";
import { CurrencyField } from "@/components/create-balance/currency-field";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { PartyField } from "./party-field";
import type { CreateTransactionForm, CreateTransactionPreset } from "./use-create-transaction-form";

/** "Amount" in major units and "Currency", whose precision the server converts the amount with. */
export function AmountFields({
  form,
  precisionOverrides,
  busy,
}: {
  form: CreateTransactionForm;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  busy: boolean;
}) {
  const { errors } = form.formState;
  return (
    <>
      <Field id="create-transaction-amount" label="Amount" error={errors.amount?.message}>
        <Input
          id="create-transaction-amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.00"
          disabled={busy}
          aria-invalid={errors.amount ? true : undefined}
          aria-describedby="create-transaction-amount-hint create-transaction-amount-error"
          {...form.register("amount")}
        />
        <p id="create-transaction-amount-hint" className="text-xs text-muted-foreground">
          In major units, e.g. 12.34: converted exactly with the currency's precision, never rounded.
        </p>
      </Field>
      <Controller
        control={form.control}
        name="currency"
        render={({ field }) => (
          <CurrencyField
            idPrefix="create-transaction"
            field={field}
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
    </>
  );
}

/** "Source" and "Destination", and a button that swaps them. */
export function PartyFields({
  form,
  preset,
  busy,
}: {
  form: CreateTransactionForm;
  preset: CreateTransactionPreset;
  busy: boolean;
}) {
  const { errors, isSubmitted } = form.formState;
  const [unknown, setUnknown] = React.useState<{ source?: string | null; destination?: string | null }>({});
  const [labels, setLabels] = React.useState({
    source: preset.source?.label,
    destination: preset.destination?.label,
  });
  // The comboboxes keep their own text: after a swap they start again from the swapped values.
  const [swaps, setSwaps] = React.useState(0);
  const swap = () => {
    const { source, destination } = form.getValues();
    form.setValue("source", destination, { shouldDirty: true, shouldValidate: isSubmitted });
    form.setValue("destination", source, { shouldDirty: true, shouldValidate: isSubmitted });
    setLabels(({ source: s, destination: d }) => ({ source: d ?? destination, destination: s ?? source }));
    setSwaps((count) => count + 1);
  };
  const party = (name: "source" | "destination", label: string) => (
    <PartyField
      form={form}
      name={name}
      label={label}
      initialText={labels[name] ?? form.getValues(name)}
      error={unknown[name] ?? errors[name]?.message}
      onUnknownId={(message) => setUnknown((current) => ({ ...current, [name]: message }))}
      disabled={busy}
    />
  );
  return (
    <div key={swaps} className="flex flex-col gap-2">
      {party("source", "Source")}
      <Button type="button" size="sm" variant="ghost" className="self-center" onClick={swap} disabled={busy}>
        <ArrowDownUpIcon aria-hidden /> Swap source and destination
      </Button>
      {party("destination", "Destination")}
    </div>
  );
}

/** "Description" (Blnk requires one) and "Reference" (generated; the write's idempotency key). */
export function DescriptionAndReference({ form, busy }: { form: CreateTransactionForm; busy: boolean }) {
  const { errors } = form.formState;
  const register = form.register;
  return (
    <>
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
    </>
  );
}
