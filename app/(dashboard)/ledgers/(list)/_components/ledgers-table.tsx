"use client";

import { LinkRowsTable } from "@/components/ui/link-rows-table";
import type { LedgerRow } from "../_lib/queries";
import { ledgersTableColumns } from "./ledgers-table-columns";

/** One page of ledgers (the General Ledger pinned first); each row opens the ledger's page. */
export function LedgersTable({ rows }: { rows: LedgerRow[] }) {
  return <LinkRowsTable label="Ledgers" rows={rows} columns={ledgersTableColumns} />;
}
