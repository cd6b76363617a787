"use client";

import { createRecordSheetProvider } from "@/components/record/record-sheet-provider";
import { transactionHref } from "@/lib/transactions/types";
import type { CreatedTransaction, CreateTransactionPreset } from "./use-create-transaction-form";

// After a create every list, count and balance on screen may have moved: the provider refreshes them all.
const { Provider, useControls } = createRecordSheetProvider<CreateTransactionPreset, CreatedTransaction>({
  shortcut: "createTransaction",
  noun: "transaction",
  plural: "transactions",
  load: () => import("./create-transaction-sheet").then((module) => module.CreateTransactionSheet),
  describe: ({ status, transactionId }) => ({
    title: `Transaction created (${status})`,
    id: transactionId,
    href: transactionHref(transactionId),
  }),
});

/** Opens "Create transaction" (with a preset), and a page's preset for ⌥T (a balance's pages: the source). */
export const useCreateTransaction = useControls;

/** Mounted once in the dashboard layout: owns the sheet and ⌥T / Alt+T from anywhere. */
export const CreateTransactionProvider = Provider;
