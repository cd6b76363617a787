"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { GeneralLedgerBadge } from "@/app/(dashboard)/ledgers/_components/general-ledger-badge";
import type { linkRowsTableFeatures } from "@/components/ui/link-rows-table";
import { LocalTime } from "@/components/ui/local-time";
import type { LedgerRow } from "../_lib/queries";

const column = createColumnHelper<typeof linkRowsTableFeatures, LedgerRow>();

export const ledgersTableColumns = column.columns([
  column.accessor("name", {
    header: "Name",
    cell: (info) => (
      <span className="inline-flex items-center gap-2">
        {/* The link covers the whole row (its ::after is stretched over the row), so any click opens it. */}
        <Link
          href={`/ledgers/${encodeURIComponent(info.row.original.id)}`}
          className="font-medium outline-none after:absolute after:inset-0 hover:underline focus-visible:underline"
        >
          {info.getValue() || info.row.original.id}
        </Link>
        {info.row.original.isGeneral ? <GeneralLedgerBadge label="Pinned" /> : null}
      </span>
    ),
  }),
  column.accessor("createdAt", {
    header: "Created at",
    cell: (info) => <LocalTime iso={info.getValue()} />,
  }),
  column.accessor("id", {
    header: "ID",
    cell: (info) => <span className="font-mono text-xs">{info.getValue()}</span>,
  }),
]);
