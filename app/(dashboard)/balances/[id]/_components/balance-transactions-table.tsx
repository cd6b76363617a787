import { ArrowDownLeftIcon, ArrowUpRightIcon } from "lucide-react";
import Link from "next/link";
import type { Direction } from "@/app/(dashboard)/balances/[id]/_lib/direction";
import type { BalanceTransactionRow } from "@/app/(dashboard)/balances/[id]/_lib/transaction-rows";
import { AmountCell, StatusCell } from "@/components/transactions/cells";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { transactionHref } from "@/lib/transactions/types";
import { TransactionCounterparty } from "./transaction-counterparty";

function DirectionCell({ direction }: { direction: Direction | null }) {
  if (!direction) return <span className="text-muted-foreground">—</span>;
  const isCredit = direction === "credit";
  const Icon = isCredit ? ArrowDownLeftIcon : ArrowUpRightIcon;
  return (
    <span className="inline-flex items-center gap-1.5">
      <Icon aria-hidden className={cn("size-3.5", isCredit ? "text-positive" : "text-muted-foreground")} />
      {isCredit ? "Credit" : "Debit"}
    </span>
  );
}

/**
 * A balance's transactions, seen from that balance: direction and counterparty are relative to it. Rows are
 * built on the server (`lib/transactions/rows`), queued pairs already collapsed.
 */
export function BalanceTransactionsTable({
  rows,
  label = "Transactions",
  emptyMessage = "No transactions yet.",
}: {
  rows: BalanceTransactionRow[];
  label?: string;
  emptyMessage?: string;
}) {
  if (rows.length === 0) {
    return <p className="rounded-md border p-8 text-center text-sm text-muted-foreground">{emptyMessage}</p>;
  }
  return (
    <Table aria-label={label}>
      <TableColumns
        columns={[
          "Currency",
          { label: "Amount", align: "right" },
          "Direction",
          "Status",
          "Counterparty",
          "Effective date",
        ]}
      />
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="font-medium">
              <Link
                href={transactionHref(row.id)}
                prefetch={false}
                title={`Open transaction ${row.reference || row.id}`}
                className="hover:underline"
              >
                {row.currency}
              </Link>
            </TableCell>
            <AmountCell money={row.amount} />
            <TableCell>
              <DirectionCell direction={row.direction} />
            </TableCell>
            <StatusCell status={row.status} />
            <TableCell>
              <TransactionCounterparty counterparty={row.counterparty} />
            </TableCell>
            <TableCell>
              <LocalTime iso={row.effectiveDate} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
