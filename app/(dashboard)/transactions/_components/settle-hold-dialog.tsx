"use client";

import * as React from "react";
import { ConfirmWriteDialog } from "@/components/record/confirm-write-dialog";
import { useConfirmedWrite } from "@/components/record/use-confirmed-write";
import { Field, Input } from "@/components/ui/input";
import { formatMinorUnits } from "@/lib/money";
import { parseMajorUnits } from "@/lib/money/parse";
import type { HoldView } from "../_lib/holds";
import { commitTransactionAction, voidTransactionAction } from "../_lib/write-actions";
import type { SettledHold } from "../_lib/write-schemas";

// The confirmation of "Commit transaction" and "Void transaction": the hold's amounts as Blnk has them now,
// what this confirmation moves, and (for a commit) "Amount to commit". One field, parsed with the same exact
// parser the server uses (lib/money/parse.ts), so react-hook-form would add nothing here.

const TITLES = { commit: "Commit transaction", void: "Void transaction" } as const;

export function SettleHoldDialog({
  action,
  hold,
  onClose,
  onDone,
}: {
  action: "commit" | "void";
  hold: HoldView;
  onClose: () => void;
  onDone: (settled: SettledHold) => void;
}) {
  const [amount, setAmount] = React.useState("");
  const write = useConfirmedWrite<{ amount: string }, SettledHold, "amount">(
    (values) =>
      action === "commit"
        ? commitTransactionAction({ transactionId: hold.id, ...values })
        : voidTransactionAction({ transactionId: hold.id, requestId: values.requestId }),
    onDone,
  );
  const locked = write.isSubmitting || write.isInDoubt;
  return (
    <ConfirmWriteDialog
      title={TITLES[action]}
      description={
        action === "commit"
          ? "Moves held money to the destination balance for good. What is not committed stays held."
          : "Releases what is still held back to the source balance. The hold ends; nothing can be committed after."
      }
      amounts={<HoldAmounts hold={hold} />}
      write={write}
      onSubmit={() => write.submit({ amount })}
      onClose={onClose}
      submitLabel={action === "commit" ? "Confirm commit" : "Confirm void"}
      busyLabel={action === "commit" ? "Committing…" : "Voiding…"}
    >
      {action === "commit" ? (
        <AmountField
          hold={hold}
          value={amount}
          error={write.fieldErrors.amount}
          disabled={locked}
          onChange={setAmount}
        />
      ) : null}
      <p role="status" className="rounded-md border bg-surface px-3 py-2 text-sm">
        {outcomeText(action, hold, amount)}
      </p>
    </ConfirmWriteDialog>
  );
}

/** What confirming does, in amounts: the typed amount when it parses, else all that is left. */
function outcomeText(action: "commit" | "void", hold: HoldView, typed: string): string {
  const unit = (minor: bigint) =>
    hold.isPrecisionKnown
      ? `${formatMinorUnits(minor, hold.decimals)} ${hold.currency}`
      : `${minor} minor units`;
  if (action === "void") return `Releases ${hold.left.text}; the hold ends.`;
  if (typed.trim() === "") return `Commits all that is left, ${hold.left.text}; the hold ends.`;
  const parsed = parseMajorUnits(typed, {
    decimals: hold.decimals,
    currency: hold.currency,
    max: hold.leftMinor,
    maxLabel: `the ${hold.left.text} left on this hold`,
  });
  if (!parsed.ok) return parsed.error;
  const rest = hold.leftMinor - parsed.minor;
  return rest === 0n
    ? `Commits ${unit(parsed.minor)}, all that is left; the hold ends.`
    : `Commits ${unit(parsed.minor)}; ${unit(rest)} stays held.`;
}

function HoldAmounts({ hold }: { hold: HoldView }) {
  return (
    <dl aria-label="Hold amounts" className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted-foreground">Held</dt>
      <dd className="tabular-nums">{hold.held.text}</dd>
      <dt className="text-muted-foreground">Committed so far</dt>
      <dd className="tabular-nums">{hold.committed.text}</dd>
      <dt className="text-muted-foreground">Left on hold</dt>
      <dd className="tabular-nums font-medium">{hold.left.text}</dd>
    </dl>
  );
}

function AmountField({
  hold,
  value,
  error,
  disabled,
  onChange,
}: {
  hold: HoldView;
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Field id="commit-amount" label="Amount to commit" error={error}>
      <Input
        id="commit-amount"
        inputMode="decimal"
        autoComplete="off"
        placeholder={hold.left.major ?? hold.left.raw}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby="commit-amount-hint commit-amount-error"
        onChange={(event) => onChange(event.target.value)}
      />
      <p id="commit-amount-hint" className="text-xs text-muted-foreground">
        Leave it empty to commit all that is left.{" "}
        {hold.isPrecisionKnown
          ? `In ${hold.currency}, e.g. 12.34; never rounded.`
          : `In minor units: Ledger Desk does not know how many decimals ${hold.currency} has.`}
      </p>
    </Field>
  );
}
