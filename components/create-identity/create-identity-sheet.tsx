"use client";

import { createSheet } from "@/components/record/create-sheet";
import { CreateIdentityFormFields, useCreateIdentityForm } from "./create-identity-form";

/** The "Create identity" right-side sheet; closing it asks before throwing away anything typed. */
export const CreateIdentitySheet = createSheet({
  title: "Create identity",
  description: "An identity is a person or an organization that owns balances.",
  noun: "identity",
  useForm: useCreateIdentityForm,
  Fields: CreateIdentityFormFields,
});
