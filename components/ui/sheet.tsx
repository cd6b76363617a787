"use client";

import { Dialog as SheetPrimitive } from "radix-ui";
import type * as React from "react";
import { cn } from "@/lib/cn";
import { ShortcutScope } from "@/lib/keyboard/use-shortcut";
import { DialogCornerClose } from "./dialog";

// A sheet is a Radix Dialog at the side of the page: its root, trigger, close, title and description are the
// dialog's, styled the same.
export {
  Dialog as Sheet,
  DialogClose as SheetClose,
  DialogDescription as SheetDescription,
  DialogTitle as SheetTitle,
  DialogTrigger as SheetTrigger,
} from "./dialog";

/**
 * A right-side panel. `modal={false}` on the Root keeps the page behind it usable (the balance summary);
 * modal sheets (create balance) dim the page but leave it visible.
 */
export function SheetContent({
  className,
  children,
  showOverlay = true,
  isolateShortcuts = true,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Content> & {
  showOverlay?: boolean;
  /** False for side panels that work alongside the page (the balance summary): page shortcuts keep firing. */
  isolateShortcuts?: boolean;
}) {
  return (
    <SheetPrimitive.Portal>
      {showOverlay ? <SheetPrimitive.Overlay className="fixed inset-0 z-40 bg-black/20" /> : null}
      <SheetPrimitive.Content
        className={cn(
          "fixed inset-y-0 right-0 z-50 flex w-full flex-col sm:max-w-md gap-4 border-l bg-background p-6 shadow-overlay",
          className,
        )}
        {...props}
      >
        {isolateShortcuts ? <ShortcutScope>{children}</ShortcutScope> : children}
        <DialogCornerClose />
      </SheetPrimitive.Content>
    </SheetPrimitive.Portal>
  );
}

export function SheetHeader({ className, ...props }: React.ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1 pr-8", className)} {...props} />;
}
