"use client";

import { ChevronDownIcon, PlusIcon, WalletIcon } from "lucide-react";
import { useCreateBalancePreset } from "@/components/create-balance/create-balance-button";
import { LazyActionMenu } from "@/components/record/lazy-action-menu";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";

/**
 * "New" at the top right of an identity's page. "New balance" (and ⌥B anywhere on the page) opens the create
 * flow with this identity as the owner, locked.
 */
export function IdentityNewMenu({ identity }: { identity: { id: string; name: string } }) {
  const openCreateBalance = useCreateBalancePreset({ identity });
  // "New" holds only "New balance" so far: a role that cannot create sees no menu.
  if (!openCreateBalance) return null;

  return (
    <LazyActionMenu
      trigger={(props) => (
        <Button variant="primary" size="sm" {...props}>
          <PlusIcon aria-hidden />
          New
          <ChevronDownIcon aria-hidden />
        </Button>
      )}
      items={[
        {
          label: "New balance",
          icon: WalletIcon,
          ariaKeyShortcuts: "Alt+B",
          hint: <ShortcutHint id="createBalance" className="ml-auto pl-4" />,
          onSelect: openCreateBalance,
        },
      ]}
    />
  );
}
