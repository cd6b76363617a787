"use client";

import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import { Amount } from "@/components/money/amount";
import { LocalTime } from "@/components/ui/local-time";
import type { BalanceRow } from "@/lib/balances/types";
import { BalanceOwner } from "./balance-owner";

// Paging lives in the URL and in Blnk, so the table needs no client-side features: it renders one page.
export const balancesTableFeatures = tableFeatures({});

const column = createColumnHelper<typeof balancesTableFeatures, BalanceRow>();

export const balancesTableColumns = column.columns([
  column.accessor("currency", {
    header: "Currency",
    cell: (info) => <span className="font-medium">{info.getValue()}</span>,
  }),
  column.accessor("balance", {
    header: "Balance",
    meta: { align: "right" },
    cell: (info) => <Amount money={info.getValue()} />,
  }),
  column.accessor("inflightBalance", {
    header: "Inflight balance",
    meta: { align: "right" },
    cell: (info) => <Amount money={info.getValue()} />,
  }),
  column.accessor("owner", {
    header: "Owner",
    cell: (info) => <BalanceOwner owner={info.getValue()} />,
  }),
  column.accessor("createdAt", {
    header: "Created at",
    cell: (info) => <LocalTime iso={info.getValue()} />,
  }),
]);
