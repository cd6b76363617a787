"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type UseFormRegister, type UseFormReturn, useForm, useWatch } from "react-hook-form";
import {
  IdentityTypeField,
  ProfileFields,
  type ProfileFormValues,
} from "@/components/identities/profile-fields";
import { CreateForm } from "@/components/record/create-form";
import type { CreateFormFieldsProps } from "@/components/record/create-sheet";
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
  const type = useWatch({ control: form.control, name: "type" }) ?? "individual";
  const register = form.register as unknown as UseFormRegister<ProfileFormValues>;
  return (
    <CreateForm
      form={form}
      action={createIdentityAction}
      fields={CREATE_IDENTITY_FIELDS}
      onCreated={onCreated}
      submitLabel="Create identity"
    >
      {(isSubmitting) => (
        <>
          <IdentityTypeField register={register} disabled={isSubmitting} />
          <ProfileFields
            idPrefix="create-identity"
            type={type}
            register={register}
            errors={form.formState.errors}
            disabled={isSubmitting}
            required={REQUIRED[type]}
          />
        </>
      )}
    </CreateForm>
  );
}
