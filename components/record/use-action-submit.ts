"use client";

import * as React from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { type ActionResult, NO_ANSWER } from "@/lib/actions/result";

/**
 * Submitting a dialog's form to its server action: the answer's data goes to `onDone`; a refusal shows its
 * message as the form's error and the messages of `fields` at their field; no answer at all is the form's
 * error too. (A create sheet, which also rechecks a create in doubt, uses useCreateSubmit.)
 */
export function useActionSubmit<V extends FieldValues, T, F extends Path<V> & string>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ActionResult<T, F>>,
  fields: readonly F[],
  onDone: (data: T, values: V) => void,
) {
  const [formError, setFormError] = React.useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await action(values);
      if (result.ok) return onDone(result.data, values);
      setFormError(result.error);
      for (const name of fields) {
        const message = result.fieldErrors?.[name];
        if (message) form.setError(name, { message });
      }
    } catch {
      setFormError(NO_ANSWER);
    }
  });
  return { onSubmit, formError };
}
