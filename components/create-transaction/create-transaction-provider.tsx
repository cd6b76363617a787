"use client";

import { createFormSheetProvider } from "@/components/record/form-sheet-provider";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { toast } from "@/components/ui/toast";
import { transactionHref } from "@/lib/transactions/types";
import type { CreatedTransaction, CreateTransactionPreset } from "./use-create-transaction-form";

const { Provider, useControls } = createFormSheetProvider<CreateTransactionPreset, CreatedTransaction>({
  name: "useCreateTransaction",
  shortcut: "createTransaction",
  denied: "Creating transactions needs the Operator or Admin role.",
  load: () => import("./create-transaction-sheet").then((module) => module.CreateTransactionSheet),
  useOnCreated: () => {
    const refreshAfterWrite = useRefreshAfterWrite();
    return (created) => {
      toast({
        title: created.wasRetry ? "Transaction already created" : `Transaction created (${created.status})`,
        copyText: created.transactionId,
        link: { href: transactionHref(created.transactionId), label: "View transaction" },
      });
      // Every list, count and balance on screen may have moved.
      refreshAfterWrite();
    };
  },
});

/** Opens "Create transaction" (with a preset), and a page's preset for ⌥T (a balance's pages: the source). */
export const useCreateTransaction = useControls;

/** Mounted once in the dashboard layout: owns the sheet and ⌥T / Alt+T from anywhere. */
export const CreateTransactionProvider = Provider;
