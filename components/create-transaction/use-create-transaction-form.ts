"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import * as React from "react";
import { type UseFormReturn, useForm, useWatch } from "react-hook-form";
import { useInDoubtRecheck } from "@/components/record/use-in-doubt-recheck";
import { createTransactionAction, previewTransactionAction } from "@/lib/create-transaction/actions";
import {
  CREATE_TRANSACTION_FIELDS,
  type CreateTransactionFormValues,
  type CreateTransactionInput,
  createTransactionSchema,
  emptyCreateTransactionForm,
  type PreviewTransactionResult,
} from "@/lib/create-transaction/schema";

export type CreateTransactionForm = UseFormReturn<
  CreateTransactionFormValues,
  unknown,
  CreateTransactionInput
>;

export type CreateTransactionPreset = {
  source?: { id: string; label: string };
  destination?: { id: string; label: string };
  currency?: string;
};

export type CreatedTransaction = { transactionId: string; status: string; wasRetry: boolean };

export function useCreateTransactionForm(preset: CreateTransactionPreset): CreateTransactionForm {
  return useForm<CreateTransactionFormValues, unknown, CreateTransactionInput>({
    resolver: zodResolver(createTransactionSchema),
    defaultValues: emptyCreateTransactionForm({
      source: preset.source?.id,
      destination: preset.destination?.id,
      currency: preset.currency,
    }),
  });
}

/** The date-time fields hold the browser's local time; the server gets an instant. */
export function toSubmitted(values: CreateTransactionFormValues): CreateTransactionFormValues {
  const instant = (local: string) => (local.trim() === "" ? "" : new Date(local).toISOString());
  return {
    ...values,
    effectiveDate: instant(values.effectiveDate),
    inflightExpiry: instant(values.inflightExpiry),
  };
}

/** The fields the preview depends on (the description, reference and metadata change nothing in it). */
function previewKey(values: CreateTransactionFormValues): string | null {
  const parsed = createTransactionSchema.safeParse(values);
  if (!parsed.success || values.amount.trim() === "") return null;
  const { amount, currency, source, destination, allowOverdraft, inflight } = parsed.data;
  return JSON.stringify([amount.trim(), currency, source, destination, allowOverdraft, inflight]);
}

/**
 * The preview of what the form would do, asked of the server a moment after the person stops typing, once
 * the form is complete. Field errors it finds (an amount that does not fit the currency, a balance that does
 * not exist) are shown at their fields.
 */
export function useTransactionPreview(form: CreateTransactionForm) {
  const values = useWatch({ control: form.control }) as CreateTransactionFormValues;
  const key = previewKey(values);
  const [debounced, setDebounced] = React.useState(key);
  React.useEffect(() => {
    const timer = setTimeout(() => setDebounced(key), 350);
    return () => clearTimeout(timer);
  }, [key]);
  const query = useQuery({
    queryKey: ["transaction-preview", debounced],
    queryFn: () => previewTransactionAction(toSubmitted(form.getValues())),
    enabled: debounced !== null && debounced === key,
    staleTime: 5_000,
    retry: false,
  });
  const result = debounced === key ? query.data : undefined;
  React.useEffect(() => {
    if (!result || result.ok) return;
    for (const name of CREATE_TRANSACTION_FIELDS) {
      const message = result.fieldErrors?.[name];
      if (message) form.setError(name, { type: "server", message });
    }
  }, [result, form]);
  return {
    key,
    result,
    isLoading: key !== null && (debounced !== key || query.isFetching),
    refetch: query.refetch,
  };
}

/**
 * Submitting: the preview first (for these exact values, so a refusal is seen before anything is written),
 * then the create. Errors land at their fields and in a form-level message; a create in doubt keeps the
 * fields locked and is checked again with the same values until the server knows whether it happened.
 */
export function useCreateTransactionSubmit(
  form: CreateTransactionForm,
  preview: ReturnType<typeof useTransactionPreview>,
  onCreated: (created: CreatedTransaction) => void,
) {
  const [formError, setFormError] = React.useState<string | null>(null);

  const showFailure = (result: Extract<PreviewTransactionResult, { ok: false }>) => {
    for (const name of CREATE_TRANSACTION_FIELDS) {
      const message = result.fieldErrors?.[name];
      if (message) form.setError(name, { type: "server", message });
    }
    setFormError(result.error);
  };

  const send = async (values: CreateTransactionFormValues) => {
    setFormError(null);
    try {
      const result = await createTransactionAction(values);
      setInDoubt(result.ok || !result.inDoubt ? null : values);
      if (result.ok) onCreated(result.data);
      else showFailure(result);
    } catch {
      setFormError("Could not reach the Ledger Desk server. Nothing was lost: try again.");
    }
  };

  const submit = form.handleSubmit(async () => {
    const values = toSubmitted(form.getValues());
    setFormError(null);
    try {
      const previewed = preview.result ?? (await previewTransactionAction(values));
      if (!previewed.ok) return showFailure(previewed);
      if (!previewed.data.wouldApply) {
        setFormError(
          `${previewed.data.refusal?.message ?? "Blnk would refuse this transaction"}: nothing was written.`,
        );
        return;
      }
    } catch {
      setFormError("Could not reach the Ledger Desk server. Nothing was lost: try again.");
      return;
    }
    await send(values);
  });

  const { setInDoubt, isInDoubt, checking, checkAgain } = useInDoubtRecheck(send);
  return { submit, formError, isInDoubt, checking, checkAgain };
}
