"use client";

import * as React from "react";
import { createBalanceAction } from "@/lib/create-balance/actions";
import { CREATE_BALANCE_FIELDS, type CreateBalanceFormValues } from "@/lib/create-balance/schema";
import type { CreateBalanceForm, CreatedBalance } from "./create-balance-form";

/** While a create is in doubt, the form asks the server again this often (the same request ID, nothing new). */
const RECHECK_MS = 1500;

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
  // The values of a create that may have happened, while the server finds out: an edited form must not
  // reuse this request ID, so nothing can be edited until it is known.
  const [inDoubt, setInDoubt] = React.useState<CreateBalanceFormValues | null>(null);
  const [checking, setChecking] = React.useState(false);

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
  const submit = form.handleSubmit(() => send(form.getValues()));
  // The timer below must call the latest `send` (it closes over the latest onCreated).
  const sendRef = React.useRef(send);
  sendRef.current = send;
  const checkAgain = React.useCallback(async (values: CreateBalanceFormValues) => {
    setChecking(true);
    try {
      await sendRef.current(values);
    } finally {
      setChecking(false);
    }
  }, []);

  React.useEffect(() => {
    if (!inDoubt || checking) return;
    const timer = window.setTimeout(() => void checkAgain(inDoubt), RECHECK_MS);
    return () => window.clearTimeout(timer);
  }, [inDoubt, checking, checkAgain]);

  return {
    submit,
    formError,
    isInDoubt: inDoubt !== null,
    checking,
    checkAgain: () => (inDoubt ? void checkAgain(inDoubt) : undefined),
  };
}
