"use client";

import { useCreateSubmit } from "@/components/record/use-create-submit";
import { createBalanceAction } from "@/lib/create-balance/actions";
import { CREATE_BALANCE_FIELDS } from "@/lib/create-balance/schema";
import type { CreateBalanceForm, CreatedBalance } from "./create-balance-form";

/** Submitting "Create balance" (useCreateSubmit); the new balance is shown with the ledger and owner sent. */
export function useCreateBalanceSubmit(
  form: CreateBalanceForm,
  onCreated: (created: CreatedBalance) => void,
) {
  return useCreateSubmit(form, createBalanceAction, CREATE_BALANCE_FIELDS, (created, values) => {
    const hasOwner = values.assignOwner || values.trackFundLineage;
    onCreated({
      ...created,
      ledgerId: values.ledgerId.trim(),
      identityId: hasOwner ? values.identityId.trim() || null : null,
    });
  });
}
