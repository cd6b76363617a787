"use client";

import { useCreateLedger } from "@/components/create-ledger/create-ledger-provider";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";

/** "Create ledger" with its ⌥L hint, on the Ledgers page. Nothing for a Viewer. */
export function CreateLedgerButton() {
  const { open, canCreate } = useCreateLedger();
  if (!canCreate) return null;
  return (
    <Button variant="primary" size="sm" onClick={() => open()} aria-keyshortcuts="Alt+L">
      Create ledger
      <ShortcutHint id="createLedger" />
    </Button>
  );
}
