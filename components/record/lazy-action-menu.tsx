"use client";

import * as React from "react";
import type { ActionMenuItem } from "./action-menu";

const loadMenu = () => import("./action-menu");
const ActionMenu = React.lazy(() => loadMenu().then((module) => ({ default: module.ActionMenu })));

export type { ActionMenuItem };

/**
 * An ActionMenu whose chunk (Radix's menu and its positioning) is not part of the page's first load: it is
 * fetched when the trigger is hovered or focused, and a click before it is there opens the menu once it is.
 * `trigger` draws the same button in both states, given the extra props of the stand-in.
 */
export function LazyActionMenu({
  trigger,
  items,
  align,
}: {
  trigger: (props: React.ComponentProps<"button">) => React.ReactElement;
  items: readonly ActionMenuItem[];
  align?: "start" | "end";
}) {
  const [wanted, setWanted] = React.useState(false);
  const load = () => void loadMenu();
  return (
    <React.Suspense
      fallback={trigger({
        "aria-haspopup": "menu",
        onClick: () => setWanted(true),
        onPointerEnter: load,
        onFocus: load,
      })}
    >
      <ActionMenu trigger={trigger({})} items={items} align={align} defaultOpen={wanted} />
    </React.Suspense>
  );
}
