"use client";

import { createSheet } from "@/components/record/create-sheet";
import { CreateLedgerFormFields, useCreateLedgerForm } from "./create-ledger-form";

/** The "Create ledger" right-side sheet; closing it asks before throwing away anything typed. */
export const CreateLedgerSheet = createSheet({
  title: "Create ledger",
  description: "A ledger groups balances, for one product or one part of the business.",
  noun: "ledger",
  useForm: useCreateLedgerForm,
  Fields: CreateLedgerFormFields,
});
