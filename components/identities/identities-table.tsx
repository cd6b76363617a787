"use client";

import { LinkRowsTable } from "@/components/ui/link-rows-table";
import type { IdentityRow } from "@/lib/identities/queries";
import { identitiesTableColumns } from "./identities-table-columns";

/** One page of identities; each row opens the identity's page. */
export function IdentitiesTable({ rows }: { rows: IdentityRow[] }) {
  return <LinkRowsTable label="Identities" rows={rows} columns={identitiesTableColumns} />;
}
