"use client";

import { usePathname } from "next/navigation";
import * as React from "react";
import { recordOfPath, rememberRecord } from "@/components/command-palette/recent-records";
import { whenIdle } from "@/lib/browser/when-idle";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import { ShortcutHint } from "./shortcut-hint";

// The palette (cmdk, its list and searches) is a chunk of its own, loaded when the browser is idle after the
// page, or on first use: every page's first load carries only this button and the shortcut.
const loadPalette = () => import("@/components/command-palette/command-palette");
const CommandPalette = React.lazy(() => loadPalette().then((module) => ({ default: module.CommandPalette })));

/** The sidebar's "Search" box and ⌘K / Ctrl+K from anywhere: the command palette. */
export function CommandPaletteLauncher({ icon, canOversee }: { icon: React.ReactNode; canOversee: boolean }) {
  const [isOpen, setIsOpen] = React.useState(false);
  useShortcut("commandPalette", () => setIsOpen(true));
  React.useEffect(() => afterLoadWhenIdle(() => void loadPalette()), []);
  useRememberVisits();

  return (
    <>
      <button
        type="button"
        onClick={() => setIsOpen(true)}
        onPointerEnter={() => void loadPalette()}
        onFocus={() => void loadPalette()}
        aria-haspopup="dialog"
        aria-keyshortcuts="Meta+K Control+K"
        className="flex h-8 w-full items-center gap-2 rounded border border-input bg-background px-2 text-sm text-muted-foreground hover:bg-muted"
      >
        {icon}
        <span className="flex-1 text-left">Search</span>
        <ShortcutHint id="commandPalette" />
      </button>
      {isOpen ? (
        <React.Suspense fallback={null}>
          <CommandPalette canOversee={canOversee} onClose={() => setIsOpen(false)} />
        </React.Suspense>
      ) : null}
    </>
  );
}

/** `task` once the page has loaded and the browser is idle: never part of the page's own first load. */
function afterLoadWhenIdle(task: () => void): () => void {
  if (document.readyState === "complete") return whenIdle(task);
  let cancel = () => {};
  const onLoad = () => {
    cancel = whenIdle(task);
  };
  window.addEventListener("load", onLoad, { once: true });
  return () => {
    window.removeEventListener("load", onLoad);
    cancel();
  };
}

/** A page's own title when it has one: "Transaction ref_1 · Ledger Desk" → "Transaction ref_1". */
const SUFFIX = " · Ledger Desk";
/** What a record page is titled when its record could not be loaded (not worth remembering). */
const FALLBACK_TITLES = new Set(["Ledger Desk", "Balance", "Transaction", "Identity", "Ledger"]);

/** Each record page visited goes to the palette's recent records, named by its page's title. */
function useRememberVisits() {
  const pathname = usePathname();
  React.useEffect(() => {
    const record = recordOfPath(pathname);
    if (!record) return;
    // Once the page has drawn: its title comes with it.
    return whenIdle(() => {
      if (window.location.pathname !== pathname) return;
      const title = document.title.endsWith(SUFFIX)
        ? document.title.slice(0, -SUFFIX.length)
        : document.title;
      const heading = document.querySelector("main h1")?.textContent ?? "";
      if (!FALLBACK_TITLES.has(title) && !heading.endsWith(" not found")) {
        rememberRecord({ ...record, title });
      }
    });
  }, [pathname]);
}
