"use client";

import * as React from "react";
import { whenIdle } from "@/lib/browser/when-idle";

export type ToastInput = {
  title: string;
  description?: string;
  /** Text offered with a copy button, e.g. a new balance ID. */
  copyText?: string;
  /** A link to what the toast is about, e.g. the new transaction's page. */
  link?: { href: string; label: string };
  variant?: "default" | "error";
};
export type ToastItem = ToastInput & { id: number };

// A tiny store so that any client code (a server-action callback, an effect) can raise a toast without
// threading context through props.
let items: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const noItems: ToastItem[] = [];

export function toast(input: ToastInput) {
  items = [...items, { ...input, id: nextId++ }];
  emit();
}

export function dismissToast(id: number) {
  items = items.filter((item) => item.id !== id);
  emit();
}

// The toast UI (Radix Toast, copy button) is a chunk of its own, kept out of the page's first load and fetched
// once the browser is idle after it. It is held as a plain component, not React.lazy: a lazy one suspends
// when the first toast mounts it, and React holds a revealed Suspense boundary back (about 300 ms), so "Balance
// created" showed half a second after the sheet closed.
type View = typeof import("./toaster-view").ToasterView;
let loadedView: View | null = null;
let loadingView: Promise<View> | null = null;
function loadView(): Promise<View> {
  loadingView ??= import("./toaster-view").then((module) => {
    loadedView = module.ToasterView;
    return loadedView;
  });
  return loadingView;
}

export function Toaster() {
  const current = React.useSyncExternalStore(
    subscribe,
    () => items,
    () => noItems,
  );
  const [View, setView] = React.useState<View | null>(() => loadedView);
  const hasItems = current.length > 0;
  React.useEffect(() => {
    if (View) return;
    let live = true;
    const load = () => void loadView().then((view) => live && setView(() => view));
    // A toast raised before the idle moment loads it at once.
    const cancel = whenIdle(load);
    if (hasItems) load();
    return () => {
      live = false;
      cancel();
    };
  }, [View, hasItems]);
  // Once shown, it stays mounted, so a closing toast can finish leaving.
  const [isNeeded, setIsNeeded] = React.useState(false);
  React.useEffect(() => {
    if (hasItems) setIsNeeded(true);
  }, [hasItems]);
  if (!View || (!isNeeded && !hasItems)) return null;
  return <View items={current} onDismiss={dismissToast} />;
}
