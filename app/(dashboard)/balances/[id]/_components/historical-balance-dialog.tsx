"use client";

import { useRouter } from "next/navigation";
import * as React from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/input";
import { asOfHref, futureProblem, utcText } from "../_lib/as-of";

const pad = (n: number) => String(n).padStart(2, "0");

/** A moment as a `datetime-local` value, in the browser's time zone, to the second. */
export function localInputValue(at: Date): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${date}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** A `datetime-local` value (local time, no zone) as an instant, or null when it is not one. */
export function fromLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * "View historical balance?": a date and time in local time (its UTC equivalent below it), then "View
 * balance" opens the page at that moment (`?at=`). A moment in the future is refused here with the reason, and
 * what was typed stays; the page says so when the balance did not exist yet.
 */
export function HistoricalBalanceDialog({
  balanceId,
  createdAt,
  initial,
  onClose,
}: {
  balanceId: string;
  createdAt: string;
  /** The moment shown now, if any: the field starts there. */
  initial: string | null;
  onClose: () => void;
}) {
  const router = useRouter();
  const [value, setValue] = React.useState(() => (initial ? localInputValue(new Date(initial)) : ""));
  const [error, setError] = React.useState<string | null>(null);
  const at = fromLocalInput(value);
  const id = "historical-balance-at";

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!at) {
      setError(value ? "That is not a date and time." : "Choose a date and time.");
      return;
    }
    const problem = futureProblem(at, new Date());
    if (problem) {
      setError(problem);
      return;
    }
    router.push(asOfHref(balanceId, at));
    onClose();
  };

  return (
    <Dialog open onOpenChange={(isOpen) => !isOpen && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>View historical balance?</DialogTitle>
          <DialogDescription>
            The balance, credit balance and debit balance as they stood at a moment in your local time.
            Inflight amounts are not part of a historical balance.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
          <Field id={id} label="Date and time" error={error ?? undefined}>
            <Input
              id={id}
              type="datetime-local"
              step={1}
              value={value}
              max={localInputValue(new Date())}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-utc${error ? ` ${id}-error` : ""}`}
              onChange={(event) => {
                setValue(event.target.value);
                setError(null);
              }}
            />
          </Field>
          <p id={`${id}-utc`} className="text-xs text-muted-foreground tabular-nums">
            {at ? `In UTC: ${utcText(at)}` : "Local time; its UTC equivalent shows here."}
            <br />
            {`The balance was created ${utcText(new Date(createdAt))}.`}
          </p>
          <div className="flex justify-end gap-2 border-t pt-4">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" variant="primary">
              View balance
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
