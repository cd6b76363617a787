"use client";

import { EllipsisIcon, PencilIcon, Trash2Icon } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { SavedView } from "@/lib/saved-views/view";

/** The open saved view's menu: "Rename view" and "Delete view". */
export function ViewMenu({
  view,
  onRename,
  onDelete,
  defaultOpen = false,
}: {
  view: SavedView;
  onRename: () => void;
  onDelete: () => void;
  /** Open at once: the trigger was clicked before this chunk had loaded. */
  defaultOpen?: boolean;
}) {
  const triggerRef = React.useRef<HTMLButtonElement>(null);
  const pending = React.useRef<(() => void) | null>(null);
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <Button
          ref={triggerRef}
          variant="ghost"
          size="sm"
          className="px-1.5"
          aria-label={`View options: ${view.name}`}
        >
          <EllipsisIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="start"
        // The dialog opens once the menu has closed and focus is back on the trigger, so closing the dialog
        // returns focus there (not to a menu item that no longer exists).
        onCloseAutoFocus={(event) => {
          const open = pending.current;
          if (!open) return;
          pending.current = null;
          event.preventDefault();
          triggerRef.current?.focus();
          open();
        }}
      >
        <DropdownMenuItem
          onSelect={() => {
            pending.current = onRename;
          }}
        >
          <PencilIcon className="size-4" aria-hidden /> Rename view
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() => {
            pending.current = onDelete;
          }}
        >
          <Trash2Icon className="size-4" aria-hidden /> Delete view
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** "Save changes": the open view takes the filters on the page now. */
