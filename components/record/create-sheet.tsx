"use client";

import type * as React from "react";
import { FormSheet } from "@/components/ui/form-sheet";
import type { FormSheetProps } from "./form-sheet-provider";

/** What a create sheet's fields take: its form, and what the provider gives the sheet but closing it. */
export type CreateFormFieldsProps<F, P, C> = { form: F } & Omit<FormSheetProps<P, C>, "onClose">;

/**
 * A create sheet for `createFormSheetProvider`: the form (made from the preset) in a `FormSheet`, which asks
 * before throwing away anything typed.
 */
export function createSheet<P, C, F extends { formState: { isDirty: boolean; isSubmitting: boolean } }>({
  title,
  description,
  noun,
  useForm,
  Fields,
}: {
  title: string;
  description: string;
  /** What is being created, for "Discard this balance?". */
  noun: string;
  useForm: (preset: P) => F;
  Fields: React.ComponentType<CreateFormFieldsProps<F, P, C>>;
}) {
  return function CreateSheet({ onClose, ...fields }: FormSheetProps<P, C>) {
    const form = useForm(fields.preset);
    return (
      <FormSheet
        title={title}
        description={description}
        noun={noun}
        formState={form.formState}
        onClose={onClose}
      >
        <Fields form={form} {...fields} />
      </FormSheet>
    );
  };
}
