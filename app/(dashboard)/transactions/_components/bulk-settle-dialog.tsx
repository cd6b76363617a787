"use client";

import { ConfirmWriteDialog } from "@/components/record/confirm-write-dialog";
import { useConfirmedWrite } from "@/components/record/use-confirmed-write";
import { formatMinorUnits } from "@/lib/money";
import type { OpenHoldRow } from "../_lib/holds-desk";
import { commitHoldsAction, voidHoldsAction } from "../_lib/write-actions";
import type { SettledHolds } from "../_lib/write-schemas";

/** What the selected holds still hold, per currency: "2,500.00 USD", or minor units when unknown. */
function totals(rows: readonly OpenHoldRow[]): string[] {
  const sums = new Map<string, { minor: bigint; decimals: number | null }>();
  for (const row of rows) {
    const sum = sums.get(row.currency) ?? { minor: 0n, decimals: row.left.decimals };
    sum.minor += BigInt(row.left.raw);
    sums.set(row.currency, sum);
  }
  return [...sums].map(([currency, { minor, decimals }]) =>
    decimals === null
      ? `${minor} minor units of ${currency}`
      : `${formatMinorUnits(minor, decimals)} ${currency}`,
  );
}

/** The confirmation of the desk's "Commit" or "Void": how many holds and what they hold in all. */
export function BulkSettleDialog({
  action,
  rows,
  onClose,
  onDone,
}: {
  action: "commit" | "void";
  rows: readonly OpenHoldRow[];
  onClose: () => void;
  onDone: (settled: SettledHolds) => void;
}) {
  const ids = rows.map((row) => row.id);
  const write = useConfirmedWrite<Record<string, never>, SettledHolds, string>(
    ({ requestId }) =>
      action === "commit"
        ? commitHoldsAction({ transactionIds: ids, requestId })
        : voidHoldsAction({ transactionIds: ids, requestId }),
    onDone,
  );
  const count = rows.length === 1 ? "1 hold" : `${rows.length} holds`;
  const amounts = totals(rows).join(", ");
  return (
    <ConfirmWriteDialog
      title={action === "commit" ? "Commit holds" : "Void holds"}
      description={
        <>
          {action === "commit"
            ? `Commits all that is left of ${count}: ${amounts} moves to the destinations.`
            : `Voids ${count}: ${amounts} goes back to the sources.`}{" "}
          A hold that changed meanwhile is refused by Blnk and reported, not forced.
        </>
      }
      write={write}
      onSubmit={() => write.submit({})}
      onClose={onClose}
      submitLabel={action === "commit" ? "Confirm commit" : "Confirm void"}
      busyLabel={action === "commit" ? "Committing…" : "Voiding…"}
    />
  );
}
