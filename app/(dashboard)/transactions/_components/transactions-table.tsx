"use client";

import { AmountCell, StatusCell } from "@/components/transactions/cells";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import type { Parties, TransactionRow } from "@/lib/transactions/types";
import { PartyCells } from "./party-link";

/**
 * One page of transactions. Rows are focusable (one tab stop, arrow keys move within: useRowKeyboard), a click
 * or Enter opens the summary; Source and Destination link to their balances.
 */
export function TransactionsTable({
  rows,
  parties,
  openId,
  onOpen,
  isBusy = false,
  rowRef,
}: {
  rows: TransactionRow[];
  parties: Parties;
  openId: string | null;
  onOpen: (id: string) => void;
  isBusy?: boolean;
  rowRef: (id: string, element: HTMLTableRowElement | null) => void;
}) {
  const tabStopId = openId && rows.some((row) => row.id === openId) ? openId : rows[0]?.id;
  return (
    <Table
      aria-label="Transactions"
      aria-busy={isBusy}
      className={cn(isBusy && "opacity-70 transition-opacity")}
    >
      <TableColumns
        columns={[
          "Currency",
          { label: "Amount", align: "right" },
          "Status",
          "Source",
          "Destination",
          "Effective date",
        ]}
      />
      <TableBody>
        {rows.map((row) => {
          const isOpen = row.id === openId;
          return (
            <TableRow
              key={row.id}
              ref={(element) => rowRef(row.id, element)}
              data-row-id={row.id}
              tabIndex={row.id === tabStopId ? 0 : -1}
              aria-current={isOpen ? "true" : undefined}
              data-state={isOpen ? "selected" : undefined}
              onClick={() => onOpen(row.id)}
              className="cursor-pointer outline-none focus-visible:bg-accent focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring"
            >
              <TableCell className="font-medium">{row.currency}</TableCell>
              <AmountCell money={row.amount} />
              <StatusCell status={row.status} />
              <PartyCells row={row} parties={parties} />
              <TableCell>
                <LocalTime iso={row.effectiveDate} title={`Created ${row.createdAt}`} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
