"use client";

import { useTable } from "@tanstack/react-table";
import { ColumnHeaders, RowCells } from "@/components/ui/link-rows-table";
import { Table, TableBody, TableRow } from "@/components/ui/table";
import type { BalanceRow } from "@/lib/balances/types";
import { cn } from "@/lib/cn";
import { balancesTableColumns, balancesTableFeatures } from "./balances-table-columns";

export type BalancesTableProps = {
  rows: BalanceRow[];
  /** The balance whose summary is open, highlighted and kept focusable. */
  openId: string | null;
  onOpen: (id: string) => void;
  isBusy?: boolean;
  /** Called with each row element so keyboard navigation can move focus between rows. */
  rowRef: (id: string, element: HTMLTableRowElement | null) => void;
};

/**
 * One page of balances. Rows are focusable (one tab stop, arrow keys move within: see use-row-keyboard),
 * a click or Enter opens the summary.
 */
export function BalancesTable({ rows, openId, onOpen, isBusy = false, rowRef }: BalancesTableProps) {
  const table = useTable({ features: balancesTableFeatures, columns: balancesTableColumns, data: rows });
  const tabStopId = openId && rows.some((row) => row.id === openId) ? openId : rows[0]?.id;

  return (
    <Table aria-label="Balances" aria-busy={isBusy} className={cn(isBusy && "opacity-70 transition-opacity")}>
      <ColumnHeaders table={table} />
      <TableBody>
        {table.getRowModel().rows.map((row) => {
          const id = row.original.id;
          const isOpen = id === openId;
          return (
            <TableRow
              key={id}
              ref={(element) => rowRef(id, element)}
              data-row-id={id}
              tabIndex={id === tabStopId ? 0 : -1}
              aria-current={isOpen ? "true" : undefined}
              data-state={isOpen ? "selected" : undefined}
              onClick={() => onOpen(id)}
              className="cursor-pointer outline-none focus-visible:bg-accent focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring"
            >
              <RowCells table={table} cells={row.getAllCells()} />
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
