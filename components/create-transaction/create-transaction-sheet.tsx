"use client";

import { createSheet } from "@/components/record/create-sheet";
import { CreateTransactionFormFields } from "./create-transaction-form";
import { useCreateTransactionForm } from "./use-create-transaction-form";

/** The "Create transaction" right-side sheet; closing it asks before throwing away anything typed. */
export const CreateTransactionSheet = createSheet({
  title: "Create transaction",
  description:
    "Move an amount from a source balance to a destination balance. The preview shows both before anything is written.",
  noun: "transaction",
  useForm: useCreateTransactionForm,
  Fields: CreateTransactionFormFields,
});
