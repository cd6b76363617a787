"use client";

import * as React from "react";
import type { ActionResult } from "@/lib/actions/result";
import { NO_ANSWER } from "@/lib/actions/result";

/**
 * One saved-view change sent from a button ("Save changes", "Delete view"): busy while it runs, `onDone`
 * after the server made it, and the server's reason (or that no answer came) when it did not.
 */
export function useViewChange(send: () => Promise<ActionResult<unknown, string>>, onDone: () => void) {
  const [isBusy, setIsBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const run = async () => {
    setIsBusy(true);
    setError(null);
    try {
      const result = await send();
      if (result.ok) onDone();
      else setError(result.error ?? result.fieldErrors?.filters ?? NO_ANSWER);
    } catch {
      setError(NO_ANSWER);
    }
    setIsBusy(false);
  };
  return { run, isBusy, error };
}
