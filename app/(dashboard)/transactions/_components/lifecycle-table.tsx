import Link from "next/link";
import { Amount } from "@/components/money/amount";
import { StatusBadge } from "@/components/transactions/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { transactionHref } from "@/lib/transactions/types";
import type { LifecycleEntry } from "../_lib/queries";

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
    <Table aria-label="Lifecycle">
      <TableHeader>
        <TableRow isHeader>
          <TableHead>Step</TableHead>
          <TableHead align="right">Amount</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Transaction</TableHead>
          <TableHead>Date created</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} aria-current={entry.isCurrent ? "page" : undefined}>
            <TableCell className="font-medium">
              {entry.role}
              {entry.isCurrent ? (
                <span className="ml-2 text-xs text-muted-foreground">(this one)</span>
              ) : null}
            </TableCell>
            <TableCell className="text-right">
              <Amount money={entry.amount} />
            </TableCell>
            <TableCell>
              <StatusBadge status={entry.status} />
            </TableCell>
            <TableCell>
              {entry.isCurrent ? (
                <span className="font-mono text-xs">{entry.reference || entry.id}</span>
              ) : (
                <Link
                  href={transactionHref(entry.id)}
                  prefetch={false}
                  className="font-mono text-xs hover:underline"
                >
                  {entry.reference || entry.id}
                </Link>
              )}
            </TableCell>
            <TableCell>
              <LocalTime iso={entry.createdAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
