"use client";

import { useTable } from "@tanstack/react-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { LedgerRow } from "../_lib/queries";
import { ledgersTableColumns, ledgersTableFeatures } from "./ledgers-table-columns";

/** One page of ledgers (the General Ledger pinned first); each row opens the ledger's page. */
export function LedgersTable({ rows }: { rows: LedgerRow[] }) {
  const table = useTable({ features: ledgersTableFeatures, columns: ledgersTableColumns, data: rows });
  return (
    <Table aria-label="Ledgers">
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <TableRow key={group.id} className="hover:bg-transparent">
            {group.headers.map((header) => (
              <TableHead key={header.id}>
                <table.FlexRender header={header} />
              </TableHead>
            ))}
          </TableRow>
        ))}
      </TableHeader>
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow
            key={row.original.id}
            className="relative cursor-pointer has-[a:focus-visible]:bg-accent has-[a:focus-visible]:outline-2 has-[a:focus-visible]:-outline-offset-2 has-[a:focus-visible]:outline-ring"
          >
            {row.getAllCells().map((cell) => (
              <TableCell key={cell.id}>
                <table.FlexRender cell={cell} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
