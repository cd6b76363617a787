"use client";

import * as React from "react";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import { ShortcutHint } from "./shortcut-hint";

// The dialog (Radix Dialog, the list) is a chunk of its own, loaded on first open or when the browser is
// idle: the sidebar button is all every page needs at first.
const loadDialog = () => import("./shortcuts-help-dialog");
const ShortcutsHelpDialog = React.lazy(() =>
  loadDialog().then((module) => ({ default: module.ShortcutsHelpDialog })),
);

/** The "Keyboard shortcuts" help: a sidebar button, and `?` from anywhere outside a text field. */
export function ShortcutsHelp({ icon }: { icon: React.ReactNode }) {
  const [isOpen, setIsOpen] = React.useState(false);
  useShortcut("help", () => setIsOpen(true));

  return (
    <>
      <button
        type="button"
        onClick={() => setIsOpen(true)}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        aria-keyshortcuts="Shift+?"
        aria-haspopup="dialog"
        className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-sm text-sidebar-foreground/80 hover:bg-muted"
      >
        {icon}
        <span className="flex-1 text-left">Keyboard shortcuts</span>
        <ShortcutHint id="help" />
      </button>
      {isOpen ? (
        <React.Suspense fallback={null}>
          <ShortcutsHelpDialog onClose={() => setIsOpen(false)} />
        </React.Suspense>
      ) : null}
    </>
  );
}
