"use client";

import * as React from "react";

/** While a write is in doubt, the form asks the server again this often (the same key, nothing new). */
const RECHECK_MS = 1500;

/**
 * A create form's write that may have happened: its values are kept (the form stays locked, since an edited
 * form must not reuse the key) and `send` is called again with them until the server knows whether it did.
 * "Check again" asks at once.
 */
export function useInDoubtRecheck<V>(send: (values: V) => Promise<void>) {
  const [inDoubt, setInDoubt] = React.useState<V | null>(null);
  const [checking, setChecking] = React.useState(false);
  // The timer must call the latest `send` (it closes over the latest callbacks).
  const sendRef = React.useRef(send);
  sendRef.current = send;
  const checkAgain = React.useCallback(async (values: V) => {
    setChecking(true);
    try {
      await sendRef.current(values);
    } finally {
      setChecking(false);
    }
  }, []);
  React.useEffect(() => {
    if (inDoubt === null || checking) return;
    const timer = window.setTimeout(() => void checkAgain(inDoubt), RECHECK_MS);
    return () => window.clearTimeout(timer);
  }, [inDoubt, checking, checkAgain]);
  return {
    setInDoubt,
    isInDoubt: inDoubt !== null,
    checking,
    checkAgain: () => (inDoubt === null ? undefined : void checkAgain(inDoubt)),
  };
}
