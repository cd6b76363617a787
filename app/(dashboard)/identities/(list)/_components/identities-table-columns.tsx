"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { StreamedCount } from "@/components/record/record-count";
import type { linkRowsTableFeatures } from "@/components/ui/link-rows-table";
import { LocalTime } from "@/components/ui/local-time";
import type { IdentityTableRow } from "../_lib/queries";

const column = createColumnHelper<typeof linkRowsTableFeatures, IdentityTableRow>();

const dash = <span className="text-muted-foreground">—</span>;

export const identitiesTableColumns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      // The link covers the whole row (its ::after is stretched over the row), so any click opens it.
      <Link
        href={`/identities/${encodeURIComponent(info.row.original.id)}`}
        className="font-medium outline-none after:absolute after:inset-0 hover:underline focus-visible:underline"
      >
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor("type", { header: "Type", cell: (info) => info.getValue() || dash }),
  column.accessor("email", { header: "Email", cell: (info) => info.getValue() || dash }),
  column.accessor("country", { header: "Country", cell: (info) => info.getValue() || dash }),
  column.accessor("balances", {
    header: "Balances",
    meta: { align: "right" },
    cell: (info) => <StreamedCount count={info.getValue()} variant="cell" />,
  }),
  column.accessor("createdAt", {
    header: "Created at",
    cell: (info) => <LocalTime iso={info.getValue()} />,
  }),
]);
