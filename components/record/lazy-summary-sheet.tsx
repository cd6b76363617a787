"use client";

import * as React from "react";
import type { SummarySheetProps } from "./summary-sheet";

/**
 * A summary panel that is a chunk of its own: `preload` fetches it (the list calls it when the browser is
 * idle, or at once for a `?balance=` link); `Sheet` shows it for the open record, and nothing while none is.
 */
export function lazySummarySheet(load: () => Promise<React.ComponentType<SummarySheetProps>>) {
  const Loaded = React.lazy(() => load().then((component) => ({ default: component })));
  function Sheet({ openId, onClose }: SummarySheetProps) {
    if (!openId) return null;
    return (
      <React.Suspense fallback={null}>
        <Loaded openId={openId} onClose={onClose} />
      </React.Suspense>
    );
  }
  return { preload: load, Sheet };
}
