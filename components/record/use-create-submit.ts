"use client";

import * as React from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";
import { useInDoubtRecheck } from "./use-in-doubt-recheck";

/**
 * Submitting a create form: the raw values go to `action` (which parses them with the same schema on the
 * server); errors land at their `fields` and in a form-level message; a create in doubt keeps the form locked
 * and is checked again, with the same values, until the server knows whether it happened.
 */
export function useCreateSubmit<V extends FieldValues, T, F extends Path<V> & string>(
  form: UseFormReturn<V, unknown, unknown>,
  action: (values: V) => Promise<ActionResult<T, F>>,
  fields: readonly F[],
  onCreated: (created: T, values: V) => void,
) {
  const [formError, setFormError] = React.useState<string | null>(null);
  const send = async (values: V) => {
    setFormError(null);
    let result: ActionResult<T, F>;
    try {
      result = await action(values);
    } catch {
      setFormError("Could not reach the Ledger Desk server. Nothing was lost: try again.");
      return;
    }
    setInDoubt(!result.ok && result.inDoubt ? values : null);
    if (result.ok) return onCreated(result.data, values);
    for (const name of fields) {
      const message = result.fieldErrors?.[name];
      if (message) form.setError(name, { type: "server", message });
    }
    setFormError(result.error);
  };
  const { setInDoubt, isInDoubt, checking, checkAgain } = useInDoubtRecheck(send);
  const submit = form.handleSubmit(() => send(form.getValues()));
  return { submit, formError, isInDoubt, checking, checkAgain };
}
