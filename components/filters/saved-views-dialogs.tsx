"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/record/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-footer";
import { Field, Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/result";
import { deleteSavedView } from "@/lib/saved-views/actions";
import {
  type SavedView,
  type SavedViewField,
  type SavedViewFormValues,
  savedViewFormSchema,
} from "@/lib/saved-views/schema";
import { useViewChange } from "./use-view-change";

// The dialogs of saved views: "Save as view" and "Rename view" (one form: name, optional description) and the
// "Delete view" confirmation. What was typed stays when saving fails; none closes while it is saving.

type ViewFormDialogProps = {
  title: string;
  description: string;
  /** The form's id prefix, so two dialogs never share field ids. */
  idPrefix: string;
  defaultValues: SavedViewFormValues;
  submitLabel: string;
  busyLabel: string;
  /** Saves the values: the action's answer. */
  save: (values: SavedViewFormValues) => Promise<ActionResult<SavedView, SavedViewField>>;
  /** After a successful save, with the view as stored. */
  onSaved: (view: SavedView) => void;
  onClose: () => void;
};

/** A view's name and description in a dialog, saved by `save`; the server's errors shown at their field. */
export function ViewFormDialog(props: ViewFormDialogProps) {
  const { title, description, idPrefix, defaultValues, submitLabel, busyLabel, save, onSaved, onClose } =
    props;
  const form = useForm<SavedViewFormValues>({ resolver: zodResolver(savedViewFormSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  // The filters are no field here: their problem is the form's message (result.error says it).
  const { onSubmit, formError } = useActionSubmit(form, save, ["name", "description"], onSaved);

  const field = (name: "name" | "description", label: string, placeholder?: string) => {
    const id = `${idPrefix}-${name}`;
    return (
      <Field id={id} label={label} error={errors[name]?.message}>
        <Input
          id={id}
          autoComplete="off"
          placeholder={placeholder}
          disabled={isSubmitting}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? `${id}-error` : undefined}
          {...form.register(name)}
        />
      </Field>
    );
  };

  return (
    <Dialog open onOpenChange={(isOpen) => !isOpen && !isSubmitting && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate aria-busy={isSubmitting}>
          <FormError message={formError} />
          {field("name", "Name")}
          {field("description", "Description", "Optional")}
          <div className="flex justify-end gap-2 border-t pt-4">
            <Button variant="secondary" disabled={isSubmitting} onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
              {isSubmitting ? busyLabel : submitLabel}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** "Delete view": asks first; `onDeleted` after the server removed it. */
export function DeleteViewDialog({
  view,
  onDeleted,
  onClose,
}: {
  view: SavedView;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const change = useViewChange(
    () => deleteSavedView({ id: view.id }),
    () => {
      toast({ title: `Deleted the view "${view.name}"` });
      onDeleted();
    },
  );
  const { isBusy: isDeleting, error } = change;

  return (
    <Dialog open onOpenChange={(isOpen) => !isOpen && !isDeleting && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete view</DialogTitle>
          <DialogDescription>
            {`"${view.name}" and its filters are removed for you; links to it stop working.`}
          </DialogDescription>
        </DialogHeader>
        <FormError message={error} />
        <div className="flex justify-end gap-2 border-t pt-4">
          <Button variant="secondary" disabled={isDeleting} onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" disabled={isDeleting} aria-busy={isDeleting} onClick={change.run}>
            {isDeleting ? "Deleting…" : "Delete view"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
