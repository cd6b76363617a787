"use client";

import { identitiesTableColumns } from "@/app/(dashboard)/identities/(list)/_components/identities-table-columns";
import { LinkRowsTable } from "@/components/ui/link-rows-table";
import type { IdentityTableRow } from "../_lib/queries";

/** One page of identities; each row opens the identity's page. Balance counts stream in per row. */
export function IdentitiesTable({ rows }: { rows: IdentityTableRow[] }) {
  return <LinkRowsTable label="Identities" rows={rows} columns={identitiesTableColumns} />;
}
