"use client";

import type * as React from "react";
import { ariaKeyShortcuts, ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ShortcutId } from "@/lib/keyboard/shortcuts";
import { createFormSheetProvider, type FormSheetProps } from "./form-sheet-provider";
import { useRefreshAfterWrite } from "./use-refresh-after-write";

/** What the toast after a create says of the new record. */
export type CreatedRecordToast = { title: string; id: string; href: string };

/**
 * A create sheet's provider whose success is the same everywhere: a toast naming the new record with its ID
 * to copy and a link to it ("… already created" for a resubmission that created nothing), then every list,
 * count and picker on screen refreshed (the browser's directories of ledgers and identities among them).
 * `CreateButton` is the page's "Create <noun>" with its shortcut hint, hidden from a Viewer. The controls hook
 * is `useCreate<Noun>` (named so in the error when it has no provider above it).
 */
export function createRecordSheetProvider<P extends object, C extends { wasRetry: boolean }>({
  shortcut,
  noun,
  plural,
  load,
  describe,
}: {
  shortcut: ShortcutId;
  /** "ledger": for "Ledger already created", "View ledger". */
  noun: string;
  /** "ledgers": for "Creating ledgers needs the Operator or Admin role." */
  plural: string;
  load: () => Promise<React.ComponentType<FormSheetProps<P, C>>>;
  describe: (created: C) => CreatedRecordToast;
}) {
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  const sheet = createFormSheetProvider<P, C>({
    name: `useCreate${Noun}`,
    shortcut,
    denied: `Creating ${plural} needs the Operator or Admin role.`,
    load,
    useOnCreated: () => {
      const refreshAfterWrite = useRefreshAfterWrite();
      return (created) => {
        const { title, id, href } = describe(created);
        toast({
          title: created.wasRetry ? `${Noun} already created` : title,
          copyText: id,
          link: { href, label: `View ${noun}` },
        });
        refreshAfterWrite();
      };
    },
  });

  function CreateButton() {
    const { open, canCreate } = sheet.useControls();
    if (!canCreate) return null;
    return (
      <Button
        variant="primary"
        size="sm"
        onClick={() => open()}
        aria-keyshortcuts={ariaKeyShortcuts(shortcut)}
      >
        Create {noun}
        <ShortcutHint id={shortcut} />
      </Button>
    );
  }
  return { ...sheet, CreateButton };
}
