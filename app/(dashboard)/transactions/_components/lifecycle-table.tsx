import type { LifecycleEntry } from "../_lib/queries";
import { FamilyTable } from "./family-table";

/** The transaction's family, oldest first: the original and every commit, void, refund and queued copy. */
export function LifecycleTable({ entries }: { entries: LifecycleEntry[] }) {
  if (entries.length === 0) {
    return (
      <p className="rounded-md border p-6 text-sm text-muted-foreground">
        No other transactions: nothing has committed, voided, refunded or queued this one.
      </p>
    );
  }
  return (
    <FamilyTable
      label="Lifecycle"
      stepHeader="Step"
      rows={entries.map((entry) => ({
        id: entry.id,
        step: entry.role,
        amount: entry.amount,
        status: entry.status,
        label: entry.reference || entry.id,
        createdAt: entry.createdAt,
        isCurrent: entry.isCurrent,
      }))}
    />
  );
}
