"use client";

import { CheckCheckIcon, Undo2Icon, XCircleIcon } from "lucide-react";
import * as React from "react";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { ariaKeyShortcuts, ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import {
  type Parties,
  type TransactionRow,
  transactionHref,
  transactionKeys,
} from "@/lib/transactions/types";
import type { HoldView } from "../_lib/holds";
import type { WriteState } from "../_lib/write-state";
import { usePageWriteState } from "./write-state-context";

// "Commit transaction" (C), "Void transaction" (V) and "Refund transaction" (R) in a transaction's Quick
// Actions, on its summary and its page. Only what the transaction's state allows is offered, and nothing to
// a person who may not write. The confirmation dialogs are a chunk of their own, loaded on first use.

const SettleHoldDialog = React.lazy(() =>
  import("./settle-hold-dialog").then((module) => ({ default: module.SettleHoldDialog })),
);
const RefundDialog = React.lazy(() =>
  import("./refund-dialog").then((module) => ({ default: module.RefundDialog })),
);

type Open = "commit" | "void" | "refund" | null;
type Kind = Exclude<Open, null>;
type OnDone = (kind: Kind, made: { transactionId: string; wasRetry: boolean }, note?: string | null) => void;

const DONE_TITLES = {
  commit: ["Transaction committed", "Already committed"],
  void: ["Transaction voided", "Already voided"],
  refund: ["Transaction refunded", "Already refunded"],
} as const;

export function TransactionWriteActions({
  row,
  parties,
  writes: initialWrites,
}: {
  row: TransactionRow;
  parties: Parties;
  writes: WriteState;
}) {
  // On a transaction's page its write state is shared with the Inflight history (and updated by a write).
  const page = usePageWriteState();
  const writes = page?.writes ?? initialWrites;
  const refreshAfterWrite = useRefreshAfterWrite();
  const [open, setOpen] = React.useState<Open>(null);
  // A new dialog (and request ID) each time one opens.
  const [session, setSession] = React.useState(0);
  const isOpenHold = writes.canAct && writes.hold?.standing === "open";
  const canRefund = writes.canAct && writes.canRefund;
  const show = (which: Kind) => {
    setSession((count) => count + 1);
    setOpen(which);
  };
  useShortcut("commitTransaction", () => show("commit"), { enabled: isOpenHold && open === null });
  useShortcut("voidTransaction", () => show("void"), { enabled: isOpenHold && open === null });
  useShortcut("refundTransaction", () => show("refund"), { enabled: canRefund && open === null });

  const onDone = (
    kind: Exclude<Open, null>,
    made: { transactionId: string; wasRetry: boolean },
    note?: string | null,
  ) => {
    setOpen(null);
    const [title, retryTitle] = DONE_TITLES[kind];
    toast({
      title: made.wasRetry ? retryTitle : title,
      description: note ?? undefined,
      copyText: made.transactionId,
      link: { href: transactionHref(made.transactionId), label: `View ${kind}` },
    });
    // The transaction, its hold, its lifecycle and every list showing it have changed.
    refreshAfterWrite({ queries: { queryKey: transactionKeys.all } });
  };

  if (!isOpenHold && !canRefund) return null;
  return (
    <>
      {isOpenHold ? (
        <>
          <ActionButton
            label="Commit transaction"
            shortcut="commitTransaction"
            onClick={() => show("commit")}
          >
            <CheckCheckIcon aria-hidden />
          </ActionButton>
          <ActionButton label="Void transaction" shortcut="voidTransaction" onClick={() => show("void")}>
            <XCircleIcon aria-hidden />
          </ActionButton>
        </>
      ) : null}
      {canRefund ? (
        <ActionButton label="Refund transaction" shortcut="refundTransaction" onClick={() => show("refund")}>
          <Undo2Icon aria-hidden />
        </ActionButton>
      ) : null}
      <WriteDialog
        open={open}
        session={session}
        row={row}
        parties={parties}
        hold={writes.hold}
        onClose={() => setOpen(null)}
        onDone={onDone}
        onHold={page?.setHold}
      />
    </>
  );
}

function ActionButton({
  label,
  shortcut,
  onClick,
  children,
}: {
  label: string;
  shortcut: "commitTransaction" | "voidTransaction" | "refundTransaction";
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <Button
      size="sm"
      className="justify-start"
      aria-keyshortcuts={ariaKeyShortcuts(shortcut)}
      onClick={onClick}
    >
      {children} {label} <ShortcutHint id={shortcut} className="ml-auto" />
    </Button>
  );
}

/** The open confirmation, if any: a fresh dialog (and request ID) for each `session`. */
function WriteDialog({
  open,
  session,
  row,
  parties,
  hold,
  onClose,
  onDone,
  onHold,
}: {
  open: Open;
  session: number;
  row: TransactionRow;
  parties: Parties;
  hold: WriteState["hold"];
  onClose: () => void;
  onDone: OnDone;
  /** The hold as Blnk has it after a commit or void. */
  onHold?: (hold: HoldView) => void;
}) {
  return (
    <React.Suspense fallback={null}>
      {hold && (open === "commit" || open === "void") ? (
        <SettleHoldDialog
          key={session}
          action={open}
          hold={hold}
          onClose={onClose}
          onDone={(settled) => {
            if (settled.hold) onHold?.(settled.hold);
            onDone(settled.action, settled);
          }}
        />
      ) : null}
      {open === "refund" ? (
        <RefundDialog
          key={session}
          row={row}
          parties={parties}
          onClose={onClose}
          onDone={(refunded) => onDone("refund", refunded, refunded.warning)}
        />
      ) : null}
    </React.Suspense>
  );
}
