"use client";

import * as React from "react";

/**
 * A lazily loaded overlay (a dialog, a sheet, a panel in a chunk of its own), rendered only while `when` is
 * set, with that value: its chunk is fetched the first time it opens, and nothing shows until it is there.
 */
export function LazyMount<T>({
  when,
  children,
}: {
  when: T | null | undefined | false;
  children: (value: T) => React.ReactNode;
}) {
  return when ? <React.Suspense fallback={null}>{children(when)}</React.Suspense> : null;
}
