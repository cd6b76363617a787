"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";

/**
 * A create form's right-side sheet. Closing it (Esc, the close button, a click outside) asks before throwing
 * away anything typed, and does nothing while the form is sending.
 */
export function FormSheet({
  title,
  description,
  noun,
  formState: { isDirty, isSubmitting: isBusy },
  onClose,
  children,
}: {
  title: string;
  description: string;
  /** What is being created, for "Discard this balance?". */
  noun: string;
  /** The form's state: a changed form asks before closing; a sending one does not close. */
  formState: { isDirty: boolean; isSubmitting: boolean };
  onClose: () => void;
  children: React.ReactNode;
}) {
  const discardTitle = `Discard this ${noun}?`;
  const discardDescription = `What you entered in "${title}" will be lost.`;
  const [isConfirming, setIsConfirming] = React.useState(false);
  const requestClose = () => {
    if (isBusy) return;
    if (isDirty) setIsConfirming(true);
    else onClose();
  };

  return (
    <Sheet open onOpenChange={(open) => !open && requestClose()}>
      <SheetContent
        // Above the (non-modal) summaries, which may be open on the same side.
        className="z-[55]"
        onEscapeKeyDown={(event) => {
          event.preventDefault();
          requestClose();
        }}
        onInteractOutside={(event) => {
          event.preventDefault();
          requestClose();
        }}
        // The provider puts focus back where it was when the sheet opened.
        onCloseAutoFocus={(event) => event.preventDefault()}
      >
        <SheetHeader>
          <SheetTitle>{title}</SheetTitle>
          <SheetDescription>{description}</SheetDescription>
        </SheetHeader>
        {children}
        <Dialog open={isConfirming} onOpenChange={setIsConfirming}>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>{discardTitle}</DialogTitle>
              <DialogDescription>{discardDescription}</DialogDescription>
            </DialogHeader>
            <div className="flex justify-end gap-2">
              <Button onClick={() => setIsConfirming(false)}>Keep editing</Button>
              <Button
                variant="danger"
                onClick={() => {
                  setIsConfirming(false);
                  onClose();
                }}
              >
                Discard
              </Button>
            </div>
          </DialogContent>
        </Dialog>
      </SheetContent>
    </Sheet>
  );
}
