"use client";

import { usePageCreateBalance } from "@/components/identities/use-page-create-balance";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";

/**
 * "Create balance" at the top right of a ledger's page: the create flow with this ledger preset and locked.
 * ⌥B anywhere on the page does the same.
 */
export function LedgerCreateBalanceButton({ ledger }: { ledger: { id: string; name: string } }) {
  const openCreateBalance = usePageCreateBalance({ ledger });
  if (!openCreateBalance) return null;
  return (
    <Button variant="primary" size="sm" onClick={openCreateBalance} aria-keyshortcuts="Alt+B">
      Create balance
      <ShortcutHint id="createBalance" />
    </Button>
  );
}
