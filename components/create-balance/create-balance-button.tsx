"use client";

import * as React from "react";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import type { CreateBalancePreset } from "./create-balance-form";
import { useCreateBalance } from "./create-balance-provider";

// The one way a page offers "Create balance": a button, and ⌥B on the page, with the page's preset (an
// identity's page presets the owner, a ledger's the ledger, both shown locked). What happens after a create
// is the provider's one rule, whatever page it was opened from.

/** A preset with stable identity for as long as its IDs and names stay the same. */
function useStablePreset({ identity, ledger }: CreateBalancePreset): CreateBalancePreset {
  const identityId = identity?.id;
  const identityName = identity?.name;
  const ledgerId = ledger?.id;
  const ledgerName = ledger?.name;
  return React.useMemo(
    () => ({
      ...(identityId ? { identity: { id: identityId, name: identityName ?? identityId } } : {}),
      ...(ledgerId ? { ledger: { id: ledgerId, name: ledgerName ?? ledgerId } } : {}),
    }),
    [identityId, identityName, ledgerId, ledgerName],
  );
}

/**
 * Makes ⌥B on this page open the create flow with `preset` (from mount to unmount) and returns an `open` for
 * the page's own controls, or null when this person's role cannot create (the server refuses anyway).
 */
export function useCreateBalancePreset(preset: CreateBalancePreset = {}): (() => void) | null {
  const { open, setPagePreset, canCreate } = useCreateBalance();
  const stable = useStablePreset(preset);
  React.useEffect(() => setPagePreset(stable), [stable, setPagePreset]);
  const openWithPreset = React.useCallback(() => open(stable), [open, stable]);
  return canCreate ? openWithPreset : null;
}

/** "Create balance" (or `label`) with its ⌥B hint; with `preset`, ⌥B on the page uses it too. */
export function CreateBalanceButton({
  preset,
  label = "Create balance",
}: {
  preset?: CreateBalancePreset;
  label?: string;
}) {
  const openCreateBalance = useCreateBalancePreset(preset);
  if (!openCreateBalance) return null;
  return (
    <Button variant="primary" size="sm" onClick={openCreateBalance} aria-keyshortcuts="Alt+B">
      {label}
      <ShortcutHint id="createBalance" />
    </Button>
  );
}
