"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type UseFormRegister, type UseFormReturn, useForm, useWatch } from "react-hook-form";
import { MetadataFields } from "@/components/create-balance/metadata-fields";
import {
  IdentityTypeField,
  ProfileFields,
  type ProfileFormValues,
} from "@/components/identities/profile-fields";
import type { CreateFormFieldsProps } from "@/components/record/create-sheet";
import { useCreateSubmit } from "@/components/record/use-create-submit";
import { FormFooter } from "@/components/ui/form-footer";
import { createIdentityAction } from "@/lib/create-identity/actions";
import {
  CREATE_IDENTITY_FIELDS,
  type CreatedIdentity,
  type CreateIdentityFormValues,
  type CreateIdentityInput,
  createIdentitySchema,
  emptyCreateIdentityForm,
} from "@/lib/create-identity/schema";
import type { ProfileField } from "@/lib/identities/profile";

/** "Create identity" opens with nothing preset. */
export type CreateIdentityPreset = Record<string, never>;
export type CreateIdentityForm = UseFormReturn<CreateIdentityFormValues, unknown, CreateIdentityInput>;

const REQUIRED = {
  individual: new Set<ProfileField>(["firstName", "lastName", "email"]),
  organization: new Set<ProfileField>(["organizationName", "email"]),
};

export function useCreateIdentityForm(): CreateIdentityForm {
  return useForm<CreateIdentityFormValues, unknown, CreateIdentityInput>({
    resolver: zodResolver(createIdentitySchema),
    defaultValues: emptyCreateIdentityForm(),
  });
}

/** The "Create identity" fields: the type, its names, email, profile, address and metadata. Checked again on the server. */
export function CreateIdentityFormFields({
  form,
  onCreated,
}: CreateFormFieldsProps<CreateIdentityForm, CreateIdentityPreset, CreatedIdentity>) {
  const { errors } = form.formState;
  const type = useWatch({ control: form.control, name: "type" }) ?? "individual";
  const { submit, ...footer } = useCreateSubmit(
    form,
    createIdentityAction,
    CREATE_IDENTITY_FIELDS,
    onCreated,
  );
  const isSubmitting = form.formState.isSubmitting || footer.isInDoubt;
  const register = form.register as unknown as UseFormRegister<ProfileFormValues>;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-1 flex-col gap-5 overflow-y-auto"
      aria-busy={isSubmitting}
    >
      <IdentityTypeField register={register} disabled={isSubmitting} />
      <ProfileFields
        idPrefix="create-identity"
        type={type}
        register={register}
        errors={errors}
        disabled={isSubmitting}
        required={REQUIRED[type]}
      />
      <MetadataFields
        control={form.control}
        register={form.register}
        errors={errors}
        disabled={isSubmitting}
      />
      <FormFooter {...footer} isSubmitting={isSubmitting} submitLabel="Create identity" />
    </form>
  );
}
