"use client";

import * as React from "react";
import type { HoldView } from "../_lib/holds";
import type { WriteState } from "../_lib/write-state";

// A transaction page's write state (its hold, what may be done) shared by its Quick Actions and its "Inflight
// history": a commit or void shows its result in both at once, from the hold as Blnk has it after the write
// (the action reads it back), while the page's server render catches up in the background.

type Value = { writes: WriteState; setHold: (hold: HoldView) => void };

const WriteStateContext = React.createContext<Value | null>(null);

export function WriteStateProvider({
  initial,
  children,
}: {
  initial: WriteState;
  children: React.ReactNode;
}) {
  const [writes, setWrites] = React.useState(initial);
  // The server's render (after router.refresh) is the latest word: it replaces what the write answered.
  React.useEffect(() => setWrites(initial), [initial]);
  const setHold = React.useCallback((hold: HoldView) => setWrites((current) => ({ ...current, hold })), []);
  const value = React.useMemo(() => ({ writes, setHold }), [writes, setHold]);
  return <WriteStateContext value={value}>{children}</WriteStateContext>;
}

/** The page's write state, or null outside a transaction page (the summary panel has its own query). */
export function usePageWriteState(): Value | null {
  return React.use(WriteStateContext);
}
