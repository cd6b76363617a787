"use client";

import type { LucideIcon } from "lucide-react";
import * as React from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type ActionMenuItem = {
  label: string;
  icon?: LucideIcon;
  /** Runs once the menu has closed and focus is back on its trigger (a dialog or sheet opens from there). */
  onSelect: () => void;
  /** Shown at the item's end, e.g. its ShortcutHint. */
  hint?: React.ReactNode;
  ariaKeyShortcuts?: string;
};

/**
 * A record's menu of actions (Radix DropdownMenu). A chosen item runs after the menu has closed and focus is
 * back on the trigger, so closing the dialog it opens returns focus there, not to an item that is gone.
 */
export function ActionMenu({
  trigger,
  items,
  align = "end",
  defaultOpen = false,
}: {
  /** The trigger button (given a ref by the menu). */
  trigger: React.ReactElement;
  items: readonly ActionMenuItem[];
  align?: "start" | "end";
  /** Open at once: the trigger was clicked before this chunk had loaded. */
  defaultOpen?: boolean;
}) {
  const triggerRef = React.useRef<HTMLButtonElement>(null);
  const pending = React.useRef<(() => void) | null>(null);
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild ref={triggerRef}>
        {trigger}
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align={align}
        onCloseAutoFocus={(event) => {
          const chosen = pending.current;
          if (!chosen) return;
          pending.current = null;
          event.preventDefault();
          triggerRef.current?.focus();
          chosen();
        }}
      >
        {items.map(({ label, icon: Icon, onSelect, hint, ariaKeyShortcuts }) => (
          <DropdownMenuItem
            key={label}
            aria-keyshortcuts={ariaKeyShortcuts}
            onSelect={() => {
              pending.current = onSelect;
            }}
          >
            {Icon ? <Icon className="size-4" aria-hidden /> : null}
            {label}
            {hint}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
