"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import {
  CreateBalanceFormFields,
  type CreateBalancePreset,
  type CreatedBalance,
  useCreateBalanceForm,
} from "./create-balance-form";

/**
 * The "Create balance" right-side sheet. Closing it (Esc, the close button, a click outside) asks before
 * throwing away anything typed.
 */
export function CreateBalanceSheet({
  isOpen,
  preset,
  precisionOverrides,
  onClose,
  onCreated,
}: {
  isOpen: boolean;
  preset: CreateBalancePreset;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  onClose: () => void;
  onCreated: (created: CreatedBalance) => void;
}) {
  const form = useCreateBalanceForm(preset);
  const [isConfirming, setIsConfirming] = React.useState(false);
  const requestClose = () => {
    if (form.formState.isSubmitting) return;
    if (form.formState.isDirty) setIsConfirming(true);
    else onClose();
  };

  return (
    <Sheet open={isOpen} onOpenChange={(open) => !open && requestClose()}>
      <SheetContent
        // Above the (non-modal) balance summary, which may be open on the same side.
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
          <SheetTitle>Create balance</SheetTitle>
          <SheetDescription>
            A balance holds one currency in one ledger, optionally for an owner.
          </SheetDescription>
        </SheetHeader>
        <CreateBalanceFormFields
          form={form}
          preset={preset}
          precisionOverrides={precisionOverrides}
          onCreated={onCreated}
        />
        <Dialog open={isConfirming} onOpenChange={setIsConfirming}>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>Discard this balance?</DialogTitle>
              <DialogDescription>What you entered in "Create balance" will be lost.</DialogDescription>
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
