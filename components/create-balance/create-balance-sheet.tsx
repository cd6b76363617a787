"use client";

import { createSheet } from "@/components/record/create-sheet";
import { CreateBalanceFormFields, useCreateBalanceForm } from "./create-balance-form";

/** The "Create balance" right-side sheet; closing it asks before throwing away anything typed. */
export const CreateBalanceSheet = createSheet({
  title: "Create balance",
  description: "A balance holds one currency in one ledger, optionally for an owner.",
  noun: "balance",
  useForm: useCreateBalanceForm,
  Fields: CreateBalanceFormFields,
});
