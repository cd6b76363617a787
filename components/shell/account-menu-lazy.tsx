"use client";

import * as React from "react";

// The account menu (Radix DropdownMenu and its positioning) is a chunk of its own: the sidebar's first paint
// does not wait for it, and in demo mode (no account) it is never loaded.
const AccountMenu = React.lazy(() =>
  import("./account-menu").then((module) => ({ default: module.AccountMenu })),
);

export function LazyAccountMenu(props: React.ComponentProps<typeof AccountMenu>) {
  return (
    <React.Suspense
      fallback={
        <div className="flex w-full items-center gap-2 px-2 py-1.5 text-sm text-sidebar-foreground/80">
          <span className="min-w-0 flex-1 truncate">{props.name}</span>
          <span className="text-xs text-muted-foreground">{props.roleLabel}</span>
        </div>
      }
    >
      <AccountMenu {...props} />
    </React.Suspense>
  );
}
