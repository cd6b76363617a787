"use client";

import type * as React from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import type { ConfirmedWrite } from "./use-confirmed-write";

/**
 * The frame of every write confirmation (commit, void, refund, the desk's bulk commit and void): the title
 * and what confirming does, the amounts it moves, the form's fields, and the footer with its in-doubt
 * recheck. It does not close while its write is being sent.
 */
export function ConfirmWriteDialog({
  title,
  description,
  amounts,
  write,
  onSubmit,
  onClose,
  submitLabel,
  busyLabel,
  children,
}: {
  title: string;
  description: React.ReactNode;
  /** What the write moves, shown above the form. */
  amounts?: React.ReactNode;
  write: ConfirmedWrite;
  onSubmit: () => void;
  onClose: () => void;
  submitLabel: string;
  busyLabel: string;
  /** The form's fields and its outcome line, above the footer. */
  children?: React.ReactNode;
}) {
  return (
    <Dialog open onOpenChange={(isOpen) => !isOpen && !write.isSubmitting && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {amounts}
        <form
          noValidate
          className="flex flex-col gap-4"
          aria-busy={write.isSubmitting}
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {children}
          <FormFooter
            formError={write.error}
            isInDoubt={write.isInDoubt}
            checking={write.isSubmitting && write.isInDoubt}
            isSubmitting={write.isSubmitting}
            checkAgain={write.checkAgain}
            submitLabel={submitLabel}
            busyLabel={busyLabel}
          />
        </form>
      </DialogContent>
    </Dialog>
  );
}
