"use client";

import Link from "next/link";
import { Amount } from "@/components/money/amount";
import { DetailField, DetailList } from "@/components/record/detail-list";
import { StatusBadge } from "@/components/transactions/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { HoldStanding } from "@/lib/transactions/hold-settlement";
import { transactionHref } from "@/lib/transactions/types";
import type { HoldView } from "../_lib/holds";
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
        <Table aria-label="Inflight history">
          <TableHeader>
            <TableRow isHeader>
              <TableHead>Action</TableHead>
              <TableHead align="right">Amount</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Transaction</TableHead>
              <TableHead>Date created</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {hold.history.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell className="font-medium">{entry.kind === "commit" ? "Commit" : "Void"}</TableCell>
                <TableCell className="text-right">
                  <Amount money={entry.amount} />
                </TableCell>
                <TableCell>
                  <StatusBadge status={entry.status} />
                </TableCell>
                <TableCell>
                  <Link
                    href={transactionHref(entry.id)}
                    prefetch={false}
                    className="font-mono text-xs hover:underline"
                  >
                    {entry.id}
                  </Link>
                </TableCell>
                <TableCell>
                  <LocalTime iso={entry.createdAt} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
