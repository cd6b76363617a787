"use client";

import type * as React from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { MetadataFields } from "@/components/create-balance/metadata-fields";
import { FormFooter } from "@/components/ui/form-footer";
import type { ActionResult } from "@/lib/actions/result";
import type { MetadataEntries } from "@/lib/metadata/entries";
import { useCreateSubmit } from "./use-create-submit";

type WithMetadata = FieldValues & { metadata: MetadataEntries };

/**
 * A create sheet's form: its own fields (given whether the form is busy), then "Add metadata", then the
 * footer with the submit button, the form's error and the in-doubt recheck (useCreateSubmit).
 */
export function CreateForm<V extends WithMetadata, T, F extends Path<V> & string>({
  form,
  action,
  fields,
  onCreated,
  submitLabel,
  children,
}: {
  form: UseFormReturn<V, unknown, unknown>;
  action: (values: V) => Promise<ActionResult<T, F>>;
  fields: readonly F[];
  onCreated: (created: T) => void;
  submitLabel: string;
  children: (isSubmitting: boolean) => React.ReactNode;
}) {
  const { submit, ...footer } = useCreateSubmit(form, action, fields, onCreated);
  const isSubmitting = form.formState.isSubmitting || footer.isInDoubt;
  const metadataForm = form as unknown as UseFormReturn<WithMetadata>;
  return (
    <SheetForm onSubmit={submit} busy={isSubmitting}>
      {children(isSubmitting)}
      <MetadataFields
        control={metadataForm.control}
        register={metadataForm.register}
        errors={metadataForm.formState.errors}
        disabled={isSubmitting}
      />
      <FormFooter {...footer} isSubmitting={isSubmitting} submitLabel={submitLabel} />
    </SheetForm>
  );
}

/** A sheet's form: checked by its schema, not the browser's own messages; scrolls; busy while it sends. */
export function SheetForm({
  onSubmit,
  busy,
  children,
}: {
  onSubmit: React.FormEventHandler<HTMLFormElement>;
  busy: boolean;
  children: React.ReactNode;
}) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-1 flex-col gap-5 overflow-y-auto"
      aria-busy={busy}
    >
      {children}
    </form>
  );
}
