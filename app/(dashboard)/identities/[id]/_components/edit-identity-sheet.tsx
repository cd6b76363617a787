"use client";

import * as React from "react";
import { type FieldErrors, type Resolver, useForm } from "react-hook-form";
import { ProfileFields, type ProfileFormValues } from "@/components/identities/profile-fields";
import { SheetForm } from "@/components/record/create-form";
import { useCreateSubmit } from "@/components/record/use-create-submit";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { FormFooter } from "@/components/ui/form-footer";
import { FormSheet } from "@/components/ui/form-sheet";
import { toast } from "@/components/ui/toast";
import { IDENTITY_TYPE_LABELS, PROFILE_FIELD_NAMES } from "@/lib/identities/profile";
import { editIdentityAction } from "../_lib/actions";
import { type EditableIdentity, editIdentityRequest, editIdentitySchema } from "../_lib/edit-schema";

/**
 * The form's own check is the server's schema run on the request the form would send: a field emptied, an
 * email or date that is not one, or nothing changed, each at its place before anything is sent.
 */
function requestResolver(identity: EditableIdentity, requestId: string): Resolver<ProfileFormValues> {
  return (values) => {
    const parsed = editIdentitySchema.safeParse(editIdentityRequest(identity, values, requestId));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const name = (PROFILE_FIELD_NAMES as string[]).includes(field) ? field : "root";
      errors[name] ??= { type: "custom", message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<ProfileFormValues> };
  };
}

/** "Edit identity": the profile and address of the identity's type, filled in; "Save changes" sends what changed. */
export function EditIdentitySheet({
  identity,
  onClose,
}: {
  identity: EditableIdentity;
  onClose: () => void;
}) {
  const [requestId] = React.useState(() => crypto.randomUUID());
  const form = useForm<ProfileFormValues>({
    defaultValues: { ...identity.stored, type: identity.type },
    resolver: requestResolver(identity, requestId),
  });
  const refreshAfterWrite = useRefreshAfterWrite();
  const { submit, ...footer } = useCreateSubmit(
    form,
    (values: ProfileFormValues) => editIdentityAction(editIdentityRequest(identity, values, requestId)),
    PROFILE_FIELD_NAMES,
    (edited) => {
      toast({ title: edited.wasRetry ? "The identity was already updated" : "Identity updated" });
      onClose();
      refreshAfterWrite();
    },
  );
  const isSubmitting = form.formState.isSubmitting || footer.isInDoubt;
  const rootError = form.formState.errors.root?.message ?? null;
  return (
    <FormSheet
      title="Edit identity"
      description={`${IDENTITY_TYPE_LABELS[identity.type]}. Blnk keeps a field once it is set: change a value, but it cannot be emptied. Metadata is edited on its own.`}
      noun="change"
      formState={form.formState}
      onClose={onClose}
    >
      <SheetForm onSubmit={submit} busy={isSubmitting}>
        <ProfileFields
          idPrefix="edit-identity"
          type={identity.type}
          register={form.register}
          errors={form.formState.errors}
          disabled={isSubmitting}
        />
        <FormFooter
          {...footer}
          formError={footer.formError ?? rootError}
          isSubmitting={isSubmitting}
          submitLabel="Save changes"
          busyLabel="Saving…"
        />
      </SheetForm>
    </FormSheet>
  );
}
