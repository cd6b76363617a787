"use client";

import * as React from "react";

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

// The toast UI (Radix Toast, copy button) is a chunk of its own, loaded with the first toast: most page
// views raise none, and the page's first load stays small.
const ToasterView = React.lazy(() =>
  import("./toaster-view").then((module) => ({ default: module.ToasterView })),
);

export function Toaster() {
  const current = React.useSyncExternalStore(
    subscribe,
    () => items,
    () => noItems,
  );
  // Once shown, it stays mounted, so a closing toast can finish leaving.
  const [isNeeded, setIsNeeded] = React.useState(false);
  React.useEffect(() => {
    if (current.length > 0) setIsNeeded(true);
  }, [current.length]);
  if (!isNeeded && current.length === 0) return null;
  return (
    <React.Suspense fallback={null}>
      <ToasterView items={current} onDismiss={dismissToast} />
    </React.Suspense>
  );
}
