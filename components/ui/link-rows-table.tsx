"use client";

import { type ColumnDef, tableFeatures, useTable } from "@tanstack/react-table";
import { cn } from "@/lib/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table";

/** A column's `meta`: `{ align: "right" }` for one over numbers. */
type Meta = { align?: "right" } | undefined;

// Lists whose paging and search happen in Blnk render one page: no client-side table features.
export const linkRowsTableFeatures = tableFeatures({});

/**
 * A list where each row's first cell is a link to the record (identities, ledgers): the whole row shows focus
 * when that link has it.
 */
export function LinkRowsTable<Row extends { id: string }>({
  label,
  rows,
  columns,
}: {
  label: string;
  rows: Row[];
  // biome-ignore lint/suspicious/noExplicitAny: columns of different value types live in one list
  columns: ColumnDef<typeof linkRowsTableFeatures, Row, any>[];
}) {
  const table = useTable({ features: linkRowsTableFeatures, columns, data: rows });
  return (
    <Table aria-label={label}>
      <ColumnHeaders table={table} />
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow
            key={row.original.id}
            className="relative cursor-pointer has-[a:focus-visible]:bg-accent has-[a:focus-visible]:outline-2 has-[a:focus-visible]:-outline-offset-2 has-[a:focus-visible]:outline-ring"
          >
            <RowCells table={table} cells={row.getAllCells()} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

type HeaderCell = { id: string; column: { columnDef: { meta?: unknown } } };
type HeaderTable = {
  getHeaderGroups: () => Array<{ id: string; headers: HeaderCell[] }>;
  // biome-ignore lint/suspicious/noExplicitAny: TanStack's FlexRender is typed per table; any header fits here
  FlexRender: React.ComponentType<{ header: any }>;
};

/** A TanStack table's header row: each column's header, right-aligned when its `meta` says so. */
export function ColumnHeaders({ table }: { table: HeaderTable }) {
  return (
    <TableHeader>
      {table.getHeaderGroups().map((group) => (
        <TableRow key={group.id} isHeader>
          {group.headers.map((header) => (
            <TableHead
              key={header.id}
              align={(header.column.columnDef.meta as Meta)?.align === "right" ? "right" : "left"}
            >
              <table.FlexRender header={header} />
            </TableHead>
          ))}
        </TableRow>
      ))}
    </TableHeader>
  );
}

type BodyCell = { id: string; column: { columnDef: { meta?: unknown } } };

/** A row's cells, each right-aligned when its column's `meta` says so. */
export function RowCells<C extends BodyCell>({
  table,
  cells,
}: {
  // biome-ignore lint/suspicious/noExplicitAny: TanStack's FlexRender is typed per table; any cell fits here
  table: { FlexRender: React.ComponentType<{ cell: any }> };
  cells: C[];
}) {
  return cells.map((cell) => (
    <TableCell
      key={cell.id}
      className={cn((cell.column.columnDef.meta as Meta)?.align === "right" && "text-right")}
    >
      <table.FlexRender cell={cell} />
    </TableCell>
  ));
}
