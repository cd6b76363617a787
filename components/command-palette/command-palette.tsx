"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useTheme } from "next-themes";
import * as React from "react";
import { useCreateBalance } from "@/components/create-balance/create-balance-provider";
import { useCreateIdentity } from "@/components/create-identity/create-identity-provider";
import { useCreateLedger } from "@/components/create-ledger/create-ledger-provider";
import { useCreateTransaction } from "@/components/create-transaction/create-transaction-provider";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/kbd";
import { OptionLabel } from "@/components/ui/option-label";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import { type PaletteEntry, type PaletteRun, paletteGroups, paletteStatus } from "./palette-entries";
import { paletteActions, palettePages } from "./palette-items";
import { type RecentRecord, readRecentRecords, rememberRecord } from "./recent-records";
import { usePaletteSearch } from "./use-palette-search";

// The command palette (⌘K / Ctrl+K, or the sidebar's Search): cmdk's list inside the house Radix dialog. A
// chunk of its own, loaded when the browser is idle or on first use (command-palette-launcher.tsx).

export function CommandPalette({ canOversee, onClose }: { canOversee: boolean; onClose: () => void }) {
  const [text, setText] = React.useState("");
  const search = usePaletteSearch(text);
  const run = usePaletteRun(onClose);
  const balances = useCreateBalance();
  const transactions = useCreateTransaction();
  const [recent] = React.useState(readRecentRecords);
  const groups = paletteGroups({
    text,
    search,
    recent,
    pages: palettePages(canOversee),
    actions: paletteActions({
      canCreateBalance: balances.canCreate,
      canCreateTransaction: transactions.canCreate,
    }),
  });
  const entries = groups.flatMap((group) => group.entries);
  const status = paletteStatus(search, text, entries.length > 0);

  // The first entry is chosen whenever the list's head changes (a lookup's answer lands on top).
  const first = entries[0]?.value ?? "";
  const [selected, setSelected] = React.useState(first);
  React.useEffect(() => setSelected(first), [first]);
  const onEnter = usePendingEnter(search, entries, selected, run);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="top-[15%] max-w-xl translate-y-0 gap-0 p-0">
        <DialogTitle className="sr-only">Command palette</DialogTitle>
        <DialogDescription className="sr-only">
          Go to a page, run an action, or find a record: type a name, or paste an ID, a transaction reference
          or an @indicator.
        </DialogDescription>
        <KeepOnShortcut />
        <Command
          label="Search"
          shouldFilter={false}
          vimBindings={false}
          loop
          value={selected}
          onValueChange={setSelected}
          onKeyDown={onEnter}
          className="flex flex-col"
        >
          <Command.Input
            value={text}
            onValueChange={setText}
            autoFocus
            placeholder="Type a page, an action or a name, or paste an ID"
            className="h-12 border-b bg-transparent px-4 pr-12 text-sm outline-none placeholder:text-muted-foreground"
          />
          {status ? (
            <p role="status" className="border-b px-4 py-2 text-sm text-muted-foreground">
              {status}
            </p>
          ) : null}
          <Command.List className="max-h-[min(60vh,26rem)] overflow-y-auto p-2">
            {groups.map((group) => (
              <Command.Group
                key={group.heading}
                heading={group.heading}
                className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground"
              >
                {group.entries.map((entry) => (
                  <PaletteItem key={entry.value} entry={entry} onSelect={() => run(entry.run)} />
                ))}
              </Command.Group>
            ))}
          </Command.List>
          <KeyHints />
        </Command>
      </DialogContent>
    </Dialog>
  );
}

/** How to use the list, for sighted keyboard users (the listbox announces itself to screen readers). */
function KeyHints() {
  return (
    <p className="flex items-center gap-3 border-t px-4 py-2 text-xs text-muted-foreground" aria-hidden>
      <span className="flex items-center gap-1">
        <Kbd>↑</Kbd>
        <Kbd>↓</Kbd> move
      </span>
      <span className="flex items-center gap-1">
        <Kbd>Enter</Kbd> open
      </span>
      <span className="flex items-center gap-1">
        <Kbd>Esc</Kbd> close
      </span>
    </p>
  );
}

function PaletteItem({ entry, onSelect }: { entry: PaletteEntry; onSelect: () => void }) {
  return (
    <Command.Item
      value={entry.value}
      onSelect={onSelect}
      className="flex cursor-pointer items-center justify-between gap-3 rounded-sm px-2 py-1.5 text-sm data-[selected=true]:bg-muted"
    >
      <OptionLabel label={entry.label} detail={entry.detail} />
      {entry.shortcut ? <ShortcutHint id={entry.shortcut} className="shrink-0" /> : null}
    </Command.Item>
  );
}

/**
 * ⌘K / Ctrl+K again while the palette is open keeps it open, as it is: taken here so the browser's own Ctrl+K
 * (its address bar search) does not happen either.
 */
function KeepOnShortcut() {
  useShortcut("commandPalette", () => {});
  return null;
}

/** Carrying out an entry: a record or page is opened (a record is remembered), an action is run. */
function usePaletteRun(onClose: () => void) {
  const router = useRouter();
  const createBalance = useCreateBalance().open;
  const createTransaction = useCreateTransaction().open;
  const createIdentity = useCreateIdentity().open;
  const createLedger = useCreateLedger().open;
  const { resolvedTheme, setTheme } = useTheme();
  return React.useCallback(
    (run: PaletteRun) => {
      onClose();
      if (run.type === "record") {
        rememberRecord(run.record);
        router.push(run.record.href);
      } else if (run.type === "page") {
        router.push(run.href);
      } else if (run.id === "toggleTheme") {
        setTheme(resolvedTheme === "dark" ? "light" : "dark");
      } else {
        // After the palette has closed and handed focus back, so the sheet returns focus there too.
        const open = { createBalance, createTransaction, createIdentity, createLedger }[run.id];
        requestAnimationFrame(() => open());
      }
    },
    [
      onClose,
      router,
      createBalance,
      createTransaction,
      createIdentity,
      createLedger,
      resolvedTheme,
      setTheme,
    ],
  );
}

/**
 * Enter before the lookup of a pasted ID or reference has answered: the press is kept, and when the answer
 * comes a single record opens (so pasting and pressing Enter at once takes one Enter). A text that names no
 * record then runs what is chosen (an identity found by name); an ID that names none leaves the message.
 */
function usePendingEnter(
  search: ReturnType<typeof usePaletteSearch>,
  entries: PaletteEntry[],
  selected: string,
  run: (run: PaletteRun) => void,
) {
  const pending = React.useRef(false);
  const latest = React.useRef({ entries, selected });
  latest.current = { entries, selected };
  const { records, kind, isSearching } = search;
  const isWaiting = (search.isLookup && records === undefined) || (entries.length === 0 && isSearching);
  React.useEffect(() => {
    if (!pending.current || isWaiting || records === undefined) return;
    pending.current = false;
    const [only] = records;
    if (records.length === 1 && only) {
      run({ type: "record", record: recentOf(only) });
      return;
    }
    if (kind !== "text") return;
    const chosen = latest.current.entries.find((entry) => entry.value === latest.current.selected);
    if (chosen) run(chosen.run);
  }, [records, kind, isWaiting, run]);
  return (event: React.KeyboardEvent) => {
    if (event.key !== "Enter" || !isWaiting) return;
    // cmdk leaves a prevented Enter alone.
    event.preventDefault();
    pending.current = true;
  };
}

function recentOf(record: {
  kind: RecentRecord["kind"];
  id: string;
  href: string;
  title: string;
}): RecentRecord {
  return { kind: record.kind, id: record.id, href: record.href, title: record.title };
}
