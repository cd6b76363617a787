"use client";

import * as React from "react";
import { useInDoubtRecheck } from "@/components/record/use-in-doubt-recheck";
import { createBalanceAction } from "@/lib/create-balance/actions";
import { CREATE_BALANCE_FIELDS, type CreateBalanceFormValues } from "@/lib/create-balance/schema";
import type { CreateBalanceForm, CreatedBalance } from "./create-balance-form";

/**
 * Submitting "Create balance": the raw values go to the action (which parses them with the same schema on the
 * server); errors land at their fields and in a form-level message; a create in doubt keeps the fields locked
 * and is checked again, with the same values, until the server knows whether it happened.
 */
export function useCreateBalanceSubmit(
  form: CreateBalanceForm,
  onCreated: (created: CreatedBalance) => void,
) {
  const [formError, setFormError] = React.useState<string | null>(null);

  const send = async (values: CreateBalanceFormValues) => {
    setFormError(null);
    let result: Awaited<ReturnType<typeof createBalanceAction>>;
    try {
      result = await createBalanceAction(values);
    } catch {
      setFormError("Could not reach the Ledger Desk server. Nothing was lost: try again.");
      return;
    }
    if (result.ok) {
      setInDoubt(null);
      const hasOwner = values.assignOwner || values.trackFundLineage;
      onCreated({
        ...result.data,
        ledgerId: values.ledgerId.trim(),
        identityId: hasOwner ? values.identityId.trim() || null : null,
      });
      return;
    }
    setInDoubt(result.inDoubt ? values : null);
    for (const name of CREATE_BALANCE_FIELDS) {
      const message = result.fieldErrors?.[name];
      if (message) form.setError(name, { type: "server", message });
    }
    setFormError(result.error);
  };
  const { setInDoubt, isInDoubt, checking, checkAgain } = useInDoubtRecheck(send);
  const submit = form.handleSubmit(() => send(form.getValues()));
  return { submit, formError, isInDoubt, checking, checkAgain };
}
