import type * as React from "react";
import { AmountCell, StatusCell } from "@/components/transactions/cells";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import type { FormattedMoney } from "@/lib/money";
import { TransactionIdLink } from "./transaction-id-link";

export type FamilyRow = {
  id: string;
  /** What this transaction is to the family: "Commit", "Refund", "Original"… */
  step: React.ReactNode;
  amount: FormattedMoney;
  status: string;
  /** What the link to it shows (its reference, else its ID). */
  label: string;
  createdAt: string;
  /** The page's own transaction: marked, and not linked. */
  isCurrent?: boolean;
};

/** A transaction's relatives as a table (its Lifecycle, a hold's Inflight history), each linked to its page. */
export function FamilyTable({
  label,
  stepHeader,
  rows,
}: {
  label: string;
  stepHeader: string;
  rows: FamilyRow[];
}) {
  return (
    <Table aria-label={label}>
      <TableColumns
        columns={[stepHeader, { label: "Amount", align: "right" }, "Status", "Transaction", "Date created"]}
      />
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} aria-current={row.isCurrent ? "page" : undefined}>
            <TableCell className="font-medium">
              {row.step}
              {row.isCurrent ? <span className="ml-2 text-xs text-muted-foreground">(this one)</span> : null}
            </TableCell>
            <AmountCell money={row.amount} />
            <StatusCell status={row.status} />
            <TableCell>
              {row.isCurrent ? (
                <span className="font-mono text-xs">{row.label}</span>
              ) : (
                <TransactionIdLink id={row.id}>{row.label}</TransactionIdLink>
              )}
            </TableCell>
            <TableCell>
              <LocalTime iso={row.createdAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
