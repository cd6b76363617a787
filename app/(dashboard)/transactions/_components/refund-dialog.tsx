"use client";

import * as React from "react";
import { ConfirmWriteDialog } from "@/components/record/confirm-write-dialog";
import { useConfirmedWrite } from "@/components/record/use-confirmed-write";
import { Field } from "@/components/ui/input";
import type { Parties, TransactionRow } from "@/lib/transactions/types";
import { refundTransactionAction } from "../_lib/write-actions";
import { MAX_REASON_LENGTH, type Refunded, refundSchema } from "../_lib/write-schemas";
import { SideLink } from "./party-link";

// The confirmation of "Refund transaction": the amount and which way it goes back, and the reason, which is
// required (the same schema checks it here and on the server).

const reasonSchema = refundSchema.shape.reason;

export function RefundDialog({
  row,
  parties,
  onClose,
  onDone,
}: {
  row: TransactionRow;
  parties: Parties;
  onClose: () => void;
  onDone: (refunded: Refunded) => void;
}) {
  const [reason, setReason] = React.useState("");
  const [localError, setLocalError] = React.useState<string | null>(null);
  const write = useConfirmedWrite<{ reason: string }, Refunded, "reason">(
    (values) => refundTransactionAction({ transactionId: row.id, ...values }),
    onDone,
  );
  const error = localError ?? write.fieldErrors.reason;
  const locked = write.isSubmitting || write.isInDoubt;
  return (
    <ConfirmWriteDialog
      title="Refund transaction"
      description="Records a new transaction that moves the money back; this one is left as it is and becomes the refund's parent."
      amounts={<RefundAmounts row={row} parties={parties} />}
      write={write}
      onSubmit={() => {
        const checked = reasonSchema.safeParse(reason);
        setLocalError(checked.success ? null : (checked.error.issues[0]?.message ?? "Enter a reason."));
        if (checked.success) write.submit({ reason: checked.data });
      }}
      onClose={onClose}
      submitLabel="Confirm refund"
      busyLabel="Refunding…"
    >
      <Field id="refund-reason" label="Reason" error={error}>
        <textarea
          id="refund-reason"
          rows={3}
          maxLength={MAX_REASON_LENGTH}
          value={reason}
          disabled={locked}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby="refund-reason-hint refund-reason-error"
          onChange={(event) => setReason(event.target.value)}
          className="w-full rounded border border-input bg-background px-3 py-2 text-sm disabled:opacity-60 aria-[invalid=true]:border-danger"
        />
        <p id="refund-reason-hint" className="text-xs text-muted-foreground">
          Kept with the refund (its metadata, and its description where Blnk takes one).
        </p>
      </Field>
    </ConfirmWriteDialog>
  );
}

function RefundAmounts({ row, parties }: { row: TransactionRow; parties: Parties }) {
  return (
    <dl aria-label="Refund amounts" className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted-foreground">Amount</dt>
      <dd className="tabular-nums font-medium">{row.amount.text}</dd>
      <dt className="text-muted-foreground">From</dt>
      <dd>
        <SideLink row={row} side="destination" parties={parties} />
      </dd>
      <dt className="text-muted-foreground">Back to</dt>
      <dd>
        <SideLink row={row} side="source" parties={parties} />
      </dd>
    </dl>
  );
}
