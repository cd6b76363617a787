"use client";

import { ChevronDownIcon, PlusIcon, WalletIcon } from "lucide-react";
import * as React from "react";
import { useCreateBalancePreset } from "@/components/create-balance/create-balance-button";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/**
 * "New" at the top right of an identity's page. "New balance" (and ⌥B anywhere on the page) opens the create
 * flow with this identity as the owner, locked.
 */
export function IdentityNewMenu({ identity }: { identity: { id: string; name: string } }) {
  const openCreateBalance = useCreateBalancePreset({ identity });
  const triggerRef = React.useRef<HTMLButtonElement>(null);
  const isOpeningSheet = React.useRef(false);
  // "New" holds only "New balance" so far: a role that cannot create sees no menu.
  if (!openCreateBalance) return null;

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button ref={triggerRef} variant="primary" size="sm">
          <PlusIcon aria-hidden />
          New
          <ChevronDownIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        // The sheet opens once the menu has closed and focus is back on "New", so closing the sheet returns
        // focus there (not to a menu item that no longer exists).
        onCloseAutoFocus={(event) => {
          if (!isOpeningSheet.current) return;
          isOpeningSheet.current = false;
          event.preventDefault();
          triggerRef.current?.focus();
          openCreateBalance();
        }}
      >
        <DropdownMenuItem
          aria-keyshortcuts="Alt+B"
          onSelect={() => {
            isOpeningSheet.current = true;
          }}
        >
          <WalletIcon className="size-4" aria-hidden />
          New balance
          <ShortcutHint id="createBalance" className="ml-auto pl-4" />
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
