"use client";

import * as React from "react";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import { useCreateTransaction } from "./create-transaction-provider";
import type { CreateTransactionPreset } from "./use-create-transaction-form";

/**
 * "Create transaction" with its ⌥T hint; with `preset` (a balance's pages: that balance as the source, in its
 * currency), ⌥T on the page uses it too. Nothing for a Viewer.
 */
export function CreateTransactionButton({ preset }: { preset?: CreateTransactionPreset }) {
  const { open, setPagePreset, canCreate } = useCreateTransaction();
  const sourceId = preset?.source?.id;
  const sourceLabel = preset?.source?.label;
  const currency = preset?.currency;
  const stable = React.useMemo<CreateTransactionPreset>(
    () => ({
      ...(sourceId ? { source: { id: sourceId, label: sourceLabel ?? sourceId } } : {}),
      ...(currency ? { currency } : {}),
    }),
    [sourceId, sourceLabel, currency],
  );
  React.useEffect(() => setPagePreset(stable), [stable, setPagePreset]);
  if (!canCreate) return null;
  return (
    <Button variant="primary" size="sm" onClick={() => open(stable)} aria-keyshortcuts="Alt+T">
      Create transaction
      <ShortcutHint id="createTransaction" />
    </Button>
  );
}
