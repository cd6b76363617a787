"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as React from "react";
import { useForm } from "react-hook-form";
import { addUserAction } from "@/app/(dashboard)/settings/users/_lib/actions";
import { type AddUserInput, addUserSchema } from "@/app/(dashboard)/settings/users/_lib/schema";
import { useActionSubmit } from "@/components/record/use-action-submit";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { RoleOptions } from "./role-options";

const EMPTY: AddUserInput = { email: "", name: "", role: "viewer", password: "" };
const FIELDS = ["email", "name", "role", "password"] as const;

/** "Add user": a local account with a first password the Admin passes on. What was typed survives errors. */
export function AddUserButton() {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="primary" size="sm" onClick={() => setOpen(true)}>
        Add user
      </Button>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add user</DialogTitle>
          <DialogDescription>
            A local account. People who sign in with single sign-on get an account on their first sign-in.
          </DialogDescription>
        </DialogHeader>
        <AddUserForm onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function AddUserForm({ onDone }: { onDone: () => void }) {
  const refreshAfterWrite = useRefreshAfterWrite();
  const form = useForm<AddUserInput>({ resolver: zodResolver(addUserSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const { onSubmit, formError } = useActionSubmit(form, addUserAction, FIELDS, (_data, values) => {
    toast({ title: `Added ${values.email.trim().toLowerCase()}` });
    onDone();
    refreshAfterWrite({ queries: false });
  });

  const field = (name: keyof AddUserInput, label: string, props: React.ComponentProps<"input"> = {}) => (
    <Field id={`add-user-${name}`} label={label} error={errors[name]?.message}>
      <Input
        id={`add-user-${name}`}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `add-user-${name}-error` : undefined}
        {...props}
        {...form.register(name)}
      />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      {formError ? (
        <p role="alert" className="text-sm text-danger">
          {formError}
        </p>
      ) : null}
      {field("email", "Email", { type: "email", autoComplete: "off" })}
      {field("name", "Name", { autoComplete: "off" })}
      <Field id="add-user-role" label="Role">
        <Select id="add-user-role" {...form.register("role")}>
          <RoleOptions />
        </Select>
      </Field>
      {field("password", "First password", { type: "password", autoComplete: "new-password" })}
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add user"}
        </Button>
      </div>
    </form>
  );
}
