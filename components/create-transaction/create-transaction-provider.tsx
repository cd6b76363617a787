"use client";

import * as React from "react";
import { useFormSheetSession } from "@/components/record/use-form-sheet-session";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { toast } from "@/components/ui/toast";
import { transactionHref } from "@/lib/transactions/types";
import type { CreatedTransaction, CreateTransactionPreset } from "./use-create-transaction-form";

type ContextValue = {
  open: (preset?: CreateTransactionPreset) => void;
  /** A page's preset for ⌥T (a balance's pages preset it as the source); returns the clean-up. */
  setPagePreset: (preset: CreateTransactionPreset) => () => void;
  /** False for a Viewer: the buttons hide themselves (the server refuses the action anyway). */
  canCreate: boolean;
};

const CreateTransactionContext = React.createContext<ContextValue | null>(null);

// The sheet is a chunk of its own, fetched when the browser is idle after the page has loaded.
const loadSheet = () => import("./create-transaction-sheet");
const NO_PRESET: CreateTransactionPreset = {};
const CreateTransactionSheet = React.lazy(() =>
  loadSheet().then((module) => ({ default: module.CreateTransactionSheet })),
);

export function useCreateTransaction(): ContextValue {
  const value = React.use(CreateTransactionContext);
  if (!value) throw new Error("useCreateTransaction needs a <CreateTransactionProvider> above it");
  return value;
}

/** Mounted once in the dashboard layout: owns the sheet and ⌥T / Alt+T from anywhere. */
export function CreateTransactionProvider({
  children,
  precisionOverrides,
  canCreate,
}: {
  children: React.ReactNode;
  precisionOverrides: ReadonlyArray<readonly [string, string]>;
  canCreate: boolean;
}) {
  const refreshAfterWrite = useRefreshAfterWrite();
  const { session, open, close, setPagePreset } = useFormSheetSession<CreateTransactionPreset>({
    shortcut: "createTransaction",
    canCreate,
    preload: loadSheet,
    denied: "Creating transactions needs the Operator or Admin role.",
    empty: NO_PRESET,
  });

  const onCreated = (created: CreatedTransaction) => {
    close();
    toast({
      title: created.wasRetry ? "Transaction already created" : `Transaction created (${created.status})`,
      copyText: created.transactionId,
      link: { href: transactionHref(created.transactionId), label: "View transaction" },
    });
    // Every list, count and balance on screen may have moved.
    refreshAfterWrite();
  };

  const value = React.useMemo(() => ({ open, setPagePreset, canCreate }), [open, setPagePreset, canCreate]);
  return (
    <CreateTransactionContext value={value}>
      {children}
      {session ? (
        <React.Suspense fallback={null}>
          <CreateTransactionSheet
            key={session.id}
            preset={session.preset}
            precisionOverrides={precisionOverrides}
            onClose={close}
            onCreated={onCreated}
          />
        </React.Suspense>
      ) : null}
    </CreateTransactionContext>
  );
}
