"use client";

import { Amount } from "@/components/money/amount";
import { DetailField, DetailList } from "@/components/record/detail-list";
import { LocalTime } from "@/components/ui/local-time";
import type { HoldStanding } from "@/lib/transactions/hold-settlement";
import type { HoldView } from "../_lib/holds";
import { FamilyTable } from "./family-table";
import { usePageWriteState } from "./write-state-context";

const STANDING: Record<HoldStanding, string> = {
  open: "Open",
  committed: "Committed in full",
  voided: "Voided",
  expired: "Expired",
};

/**
 * A hold's "Inflight history": where it stands, in amounts Blnk's rows add up to, and every commit and void.
 * On its page the hold comes from the page's write state, so a commit or void shows here at once.
 */
export function InflightHistory({ hold: initial }: { hold: HoldView }) {
  const hold = usePageWriteState()?.writes.hold ?? initial;
  return (
    <div className="flex flex-col gap-4">
      <DetailList>
        <DetailField label="Hold">{STANDING[hold.standing]}</DetailField>
        <DetailField label="Held">
          <Amount money={hold.held} />
        </DetailField>
        <DetailField label="Committed">
          <Amount money={hold.committed} />
        </DetailField>
        <DetailField label="Left on hold">
          <Amount money={hold.left} />
        </DetailField>
        <DetailField label="Expiry">
          {hold.expiresAt ? (
            <LocalTime iso={hold.expiresAt} />
          ) : (
            <span className="text-muted-foreground">Not recorded</span>
          )}
        </DetailField>
      </DetailList>
      {hold.history.length === 0 ? (
        <p className="rounded-md border p-6 text-sm text-muted-foreground">
          Not committed or voided yet: all of it is still held.
        </p>
      ) : (
        <FamilyTable
          label="Inflight history"
          stepHeader="Action"
          rows={hold.history.map((entry) => ({
            id: entry.id,
            step: entry.kind === "commit" ? "Commit" : "Void",
            amount: entry.amount,
            status: entry.status,
            label: entry.id,
            createdAt: entry.createdAt,
          }))}
        />
      )}
    </div>
  );
}
