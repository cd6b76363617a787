"use client";

import { createRecordSheetProvider } from "@/components/record/record-sheet-provider";
import type { CreatedLedger } from "@/lib/create-ledger/schema";
import type { CreateLedgerPreset } from "./create-ledger-form";

const { Provider, useControls, CreateButton } = createRecordSheetProvider<CreateLedgerPreset, CreatedLedger>({
  shortcut: "createLedger",
  noun: "ledger",
  plural: "ledgers",
  load: () => import("./create-ledger-sheet").then((module) => module.CreateLedgerSheet),
  describe: (created) => ({
    title: `Ledger "${created.name}" created`,
    id: created.ledgerId,
    href: `/ledgers/${encodeURIComponent(created.ledgerId)}`,
  }),
});

/** Opens "Create ledger". */
export const useCreateLedger = useControls;

/** Mounted once in the dashboard layout: owns the sheet and ⌥L / Alt+L from anywhere. */
export const CreateLedgerProvider = Provider;

/** "Create ledger" with its ⌥L hint, on the Ledgers page. Nothing for a Viewer. */
export const CreateLedgerButton = CreateButton;
