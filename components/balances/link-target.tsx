"use client";

import * as React from "react";

/**
 * Inside an iframe (the embed pages) the dashboard's other pages refuse to be framed, so links out of the
 * balances components open in a new tab there. Elsewhere they navigate as usual.
 */
const OpensInNewTab = React.createContext(false);

export function OpenLinksInNewTab({ children }: { children: React.ReactNode }) {
  return <OpensInNewTab value={true}>{children}</OpensInNewTab>;
}

/** Props for a link out of the balances components: `target`/`rel` in embed mode, nothing otherwise. */
export function useLinkTargetProps(): { target?: "_blank"; rel?: string } {
  return React.use(OpensInNewTab) ? { target: "_blank", rel: "noopener" } : {};
}
