"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
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
import { NO_ANSWER } from "@/lib/saved-views/view";

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
  const [formError, setFormError] = React.useState<string | null>(null);
  const form = useForm<SavedViewFormValues>({ resolver: zodResolver(savedViewFormSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await save(values);
      if (result.ok) {
        onSaved(result.data);
        return;
      }
      setFormError(result.error);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        // The filters are no field here: their problem is the form's message (result.error says it).
        if (field === "name" || field === "description") form.setError(field, { message });
      }
    } catch {
      setFormError(NO_ANSWER);
    }
  });

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
          {formError ? (
            <p role="alert" className="rounded-md border border-danger/50 px-3 py-2 text-sm">
              {formError}
            </p>
          ) : null}
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
  const [isDeleting, setIsDeleting] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const onConfirm = async () => {
    setIsDeleting(true);
    setError(null);
    try {
      const result = await deleteSavedView({ id: view.id });
      if (result.ok) {
        toast({ title: `Deleted the view "${view.name}"` });
        onDeleted();
        return;
      }
      setError(result.error ?? NO_ANSWER);
    } catch {
      setError(NO_ANSWER);
    }
    setIsDeleting(false);
  };

  return (
    <Dialog open onOpenChange={(isOpen) => !isOpen && !isDeleting && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete view</DialogTitle>
          <DialogDescription>
            {`"${view.name}" and its filters are removed for you; links to it stop working.`}
          </DialogDescription>
        </DialogHeader>
        {error ? (
          <p role="alert" className="rounded-md border border-danger/50 px-3 py-2 text-sm">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 border-t pt-4">
          <Button variant="secondary" disabled={isDeleting} onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" disabled={isDeleting} aria-busy={isDeleting} onClick={onConfirm}>
            {isDeleting ? "Deleting…" : "Delete view"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
