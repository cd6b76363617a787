"use client";

import { createFormSheetProvider } from "@/components/record/form-sheet-provider";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { toast } from "@/components/ui/toast";
import type { CreatedLedger } from "@/lib/create-ledger/schema";
import type { CreateLedgerPreset } from "./create-ledger-form";

const { Provider, useControls } = createFormSheetProvider<CreateLedgerPreset, CreatedLedger>({
  name: "useCreateLedger",
  shortcut: "createLedger",
  denied: "Creating ledgers needs the Operator or Admin role.",
  load: () => import("./create-ledger-sheet").then((module) => module.CreateLedgerSheet),
  useOnCreated: () => {
    const refreshAfterWrite = useRefreshAfterWrite();
    return (created) => {
      toast({
        title: created.wasRetry ? "Ledger already created" : `Ledger "${created.name}" created`,
        copyText: created.ledgerId,
        link: { href: `/ledgers/${encodeURIComponent(created.ledgerId)}`, label: "View ledger" },
      });
      // The Ledgers table and every ledger picker (the browser's ledger directory) show it.
      refreshAfterWrite();
    };
  },
});

/** Opens "Create ledger". */
export const useCreateLedger = useControls;

/** Mounted once in the dashboard layout: owns the sheet and ⌥L / Alt+L from anywhere. */
export const CreateLedgerProvider = Provider;
