"use client";

import * as React from "react";

/**
 * The state behind a create sheet opened from anywhere (a button, a shortcut): one session per opening (a
 * fresh form, a fresh idempotency key), focus put back where it was on close, and the page's preset for the
 * shortcut. Several controls on one page may each set the page's preset: the latest still mounted wins, and
 * one going away leaves the others'.
 */
export function useFormSheetSession<P>() {
  const [session, setSession] = React.useState<{ id: number; preset: P } | null>(null);
  const pagePresets = React.useRef<{ preset: P }[]>([]);
  const nextId = React.useRef(1);
  // The sheet opens without a Radix trigger, so focus is returned by hand.
  const returnFocusTo = React.useRef<HTMLElement | null>(null);

  const open = React.useCallback((preset: P) => {
    if (document.activeElement instanceof HTMLElement) returnFocusTo.current = document.activeElement;
    setSession((current) => current ?? { id: nextId.current++, preset });
  }, []);
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
  const pagePreset = React.useCallback(() => pagePresets.current.at(-1)?.preset, []);
  return { session, open, close, setPagePreset, pagePreset };
}
