"use client";

import { XIcon } from "lucide-react";
import Link from "next/link";
import { Toast as ToastPrimitive } from "radix-ui";
import { cn } from "@/lib/cn";
import { CopyButton } from "./copy-button";
import type { ToastItem } from "./toast";

export function ToasterView({
  items: current,
  onDismiss: dismiss,
}: {
  items: ToastItem[];
  onDismiss: (id: number) => void;
}) {
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
          {item.link ? (
            <ToastPrimitive.Action altText={item.link.label} asChild>
              <Link
                href={item.link.href}
                className="text-sm font-medium text-primary underline-offset-4 hover:underline"
              >
                {item.link.label}
              </Link>
            </ToastPrimitive.Action>
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
