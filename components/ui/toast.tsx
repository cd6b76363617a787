"use client";

import { XIcon } from "lucide-react";
import { Toast as ToastPrimitive } from "radix-ui";
import * as React from "react";
import { cn } from "@/lib/cn";
import { CopyButton } from "./copy-button";

export type ToastInput = {
  title: string;
  description?: string;
  /** Text offered with a copy button, e.g. a new balance ID. */
  copyText?: string;
  variant?: "default" | "error";
};
type ToastItem = ToastInput & { id: number };

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

function dismiss(id: number) {
  items = items.filter((item) => item.id !== id);
  emit();
}

export function Toaster() {
  const current = React.useSyncExternalStore(
    subscribe,
    () => items,
    () => noItems,
  );
  return (
    <ToastPrimitive.Provider swipeDirection="right" duration={8000}>
      {current.map((item) => (
        <ToastPrimitive.Root
          key={item.id}
          type={item.variant === "error" ? "foreground" : "background"}
          onOpenChange={(open) => {
            if (!open) dismiss(item.id);
          }}
          className={cn(
            "relative flex flex-col gap-1 rounded-md border bg-background p-4 pr-10 shadow-overlay",
            item.variant === "error" && "border-danger/60",
          )}
        >
          <ToastPrimitive.Title className="text-sm font-medium">{item.title}</ToastPrimitive.Title>
          {item.description ? (
            <ToastPrimitive.Description className="text-sm text-muted-foreground">
              {item.description}
            </ToastPrimitive.Description>
          ) : null}
          {item.copyText ? (
            <div className="flex items-center gap-2 font-mono text-xs">
              <span className="truncate">{item.copyText}</span>
              <CopyButton value={item.copyText} label={`Copy ${item.copyText}`} />
            </div>
          ) : null}
          <ToastPrimitive.Close
            aria-label="Dismiss"
            className="absolute top-3 right-3 rounded-sm p-1 text-muted-foreground hover:bg-muted"
          >
            <XIcon className="size-4" />
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport className="fixed right-4 bottom-4 z-[60] flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2 outline-none" />
    </ToastPrimitive.Provider>
  );
}
