"use client";

import * as React from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";

/** While a write is in doubt, the dialog asks the server again this often (the same request, nothing new). */
const RECHECK_MS = 1500;

const UNREACHABLE = "Could not reach the Ledger Desk server. Nothing was lost: try again.";

/** What a confirmation dialog needs of its write (see ConfirmWriteDialog). */
export type ConfirmedWrite = {
  error: string | null;
  isSubmitting: boolean;
  isInDoubt: boolean;
  checkAgain: () => void;
};

/**
 * Sending one confirmation's write. The request ID is made when the dialog opens and goes with every send of
 * it, so a double click or a resend finds it taken on the server and changes nothing twice. A refusal changed
 * nothing either, so the next try is a new request; a write in doubt keeps its values and its ID and is
 * checked again until the server knows whether it happened.
 */
export function useConfirmedWrite<V, T, F extends string>(
  send: (values: V & { requestId: string }) => Promise<ActionResult<T, F>>,
  onDone: (data: T) => void,
) {
  const [requestId, setRequestId] = React.useState(() => crypto.randomUUID());
  const [error, setError] = React.useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = React.useState<FieldErrors<F>>({});
  const [inDoubt, setInDoubt] = React.useState<V | null>(null);
  const [isSubmitting, setIsSubmitting] = React.useState(false);
  // A ref, not the state: a second click lands before React has re-rendered with isSubmitting.
  const busy = React.useRef(false);

  const run = async (values: V) => {
    if (busy.current) return;
    busy.current = true;
    setIsSubmitting(true);
    setError(null);
    let result: ActionResult<T, F>;
    try {
      result = await send({ ...values, requestId });
    } catch {
      // It may have reached the server: the same request ID goes with the next try.
      setError(UNREACHABLE);
      return;
    } finally {
      busy.current = false;
      setIsSubmitting(false);
    }
    if (result.ok) {
      setInDoubt(null);
      setFieldErrors({});
      onDone(result.data);
      return;
    }
    setInDoubt(result.inDoubt ? values : null);
    if (!result.inDoubt) setRequestId(crypto.randomUUID());
    setFieldErrors(result.fieldErrors ?? {});
    setError(result.error);
  };
  const runRef = React.useRef(run);
  runRef.current = run;

  React.useEffect(() => {
    if (!inDoubt || isSubmitting) return;
    const timer = window.setTimeout(() => void runRef.current(inDoubt), RECHECK_MS);
    return () => window.clearTimeout(timer);
  }, [inDoubt, isSubmitting]);

  return {
    submit: (values: V) => void run(values),
    error,
    fieldErrors,
    isSubmitting,
    isInDoubt: inDoubt !== null,
    checkAgain: () => (inDoubt ? void run(inDoubt) : undefined),
  };
}
