"use client";

import { useRouter } from "next/navigation";
import * as React from "react";
import type { CreateBalancePreset } from "@/components/create-balance/create-balance-form";
import { useCreateBalance } from "@/components/create-balance/create-balance-provider";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";

// The create flow as a record's page offers it: an identity presets the owner, a ledger the ledger (shown
// locked). After creating, the person stays on the page, which shows its first page again with the new
// balance's summary open; the provider has already invalidated the cached balance lists, so they re-fetch.

function useCreateBalanceOptions({ identity, ledger }: CreateBalancePreset) {
  const router = useRouter();
  const identityId = identity?.id;
  const identityName = identity?.name;
  const ledgerId = ledger?.id;
  const ledgerName = ledger?.name;
  return React.useMemo(
    () => ({
      ...(identityId ? { identity: { id: identityId, name: identityName ?? identityId } } : {}),
      ...(ledgerId ? { ledger: { id: ledgerId, name: ledgerName ?? ledgerId } } : {}),
      onCreated: (balanceId: string) => {
        router.push(afterCreateHref(window.location.href, balanceId), { scroll: false });
      },
    }),
    [identityId, identityName, ledgerId, ledgerName, router],
  );
}

/**
 * Makes ⌥B on this page use the preset (set on mount, dropped on unmount) and returns an `open` for the
 * page's own button, or null when this person's role cannot create. Use it once per page; other buttons use <PresetCreateBalanceButton>.
 */
export function usePageCreateBalance(preset: CreateBalancePreset): (() => void) | null {
  const { open, setPagePreset, canCreate } = useCreateBalance();
  const options = useCreateBalanceOptions(preset);
  React.useEffect(() => {
    setPagePreset(options);
    return () => setPagePreset(null);
  }, [options, setPagePreset]);
  const openWithPreset = React.useCallback(() => open(options), [open, options]);
  // A Viewer gets no create button (null); the server would refuse the action anyway.
  return canCreate ? openWithPreset : null;
}

/** A create button with the page's preset (e.g. in an empty table), leaving ⌥B to the page. */
export function PresetCreateBalanceButton({
  label = "Create balance",
  ...preset
}: CreateBalancePreset & { label?: string }) {
  const { open, canCreate } = useCreateBalance();
  const options = useCreateBalanceOptions(preset);
  if (!canCreate) return null;
  return (
    <Button variant="primary" size="sm" onClick={() => open(options)} aria-keyshortcuts="Alt+B">
      {label}
      <ShortcutHint id="createBalance" />
    </Button>
  );
}

/** This page again, on its first page (newest first: where the new balance is), with that balance open. */
export function afterCreateHref(currentUrl: string, balanceId: string): string {
  const url = new URL(currentUrl);
  url.searchParams.delete("page");
  url.searchParams.set("balance", balanceId);
  return `${url.pathname}${url.search}`;
}
