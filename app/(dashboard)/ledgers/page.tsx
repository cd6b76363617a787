import type { Metadata } from "next";
import { connection } from "next/server";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { blnkResult, isGeneralLedger, listLedgers } from "@/lib/blnk";

export const metadata: Metadata = { title: "Ledgers" };

export default async function LedgersPage() {
  // Always read the ledger at request time, never at build time.
  await connection();
  const result = await blnkResult(() => listLedgers({ limit: 100, offset: 0, includeCount: true }));
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Ledgers" />
        <BlnkErrorState error={result.error} />
      </>
    );
  }
  // The General Ledger holds the internal balances; it is pinned first.
  const ledgers = [...result.data.items].sort(
    (a, b) => Number(isGeneralLedger(b)) - Number(isGeneralLedger(a)),
  );
  return (
    <>
      <PageHeader title="Ledgers" />
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Created at</TableHead>
            <TableHead>ID</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ledgers.map((ledger) => (
            <TableRow key={ledger.id}>
              <TableCell className="font-medium">{ledger.name}</TableCell>
              <TableCell>
                <LocalTime iso={ledger.createdAt} />
              </TableCell>
              <TableCell className="font-mono text-xs">{ledger.id}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
