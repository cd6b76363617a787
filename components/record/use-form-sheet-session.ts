"use client";

import * as React from "react";
import { toast } from "@/components/ui/toast";
import { whenIdle } from "@/lib/browser/when-idle";
import type { ShortcutId } from "@/lib/keyboard/shortcuts";
import { useShortcut } from "@/lib/keyboard/use-shortcut";

/**
 * The state behind a create sheet opened from anywhere (a button, a shortcut): one session per opening (a
 * fresh form, a fresh idempotency key), focus put back where it was on close, and the page's preset for the
 * shortcut. Several controls on one page may each set the page's preset: the latest still mounted wins, and
 * one going away leaves the others'. The sheet's chunk is fetched when the browser is idle, so it is there
 * before anyone presses the shortcut; a person whose role cannot create is told so instead.
 */
export function useFormSheetSession<P>({
  shortcut,
  canCreate,
  preload,
  denied,
  empty,
}: {
  shortcut: ShortcutId;
  canCreate: boolean;
  preload: () => Promise<unknown>;
  /** Said when the shortcut is pressed by someone whose role cannot create. */
  denied: string;
  /** The preset of a plain opening. */
  empty: P;
}) {
  const [session, setSession] = React.useState<{ id: number; preset: P } | null>(null);
  const pagePresets = React.useRef<{ preset: P }[]>([]);
  const nextId = React.useRef(1);
  // The sheet opens without a Radix trigger, so focus is returned by hand.
  const returnFocusTo = React.useRef<HTMLElement | null>(null);

  const open = React.useCallback(
    (preset: P = empty) => {
      if (document.activeElement instanceof HTMLElement) returnFocusTo.current = document.activeElement;
      setSession((current) => current ?? { id: nextId.current++, preset });
    },
    [empty],
  );
  const close = React.useCallback(() => {
    setSession(null);
    requestAnimationFrame(() => returnFocusTo.current?.focus());
  }, []);
  const setPagePreset = React.useCallback((preset: P) => {
    const entry = { preset };
    pagePresets.current.push(entry);
    return () => {
      pagePresets.current = pagePresets.current.filter((other) => other !== entry);
    };
  }, []);
  React.useEffect(() => {
    if (!canCreate) return;
    return whenIdle(() => void preload());
  }, [canCreate, preload]);
  useShortcut(shortcut, () => {
    if (canCreate) open(pagePresets.current.at(-1)?.preset ?? empty);
    else toast({ title: denied });
  });
  return { session, open, close, setPagePreset };
}
