import Link from "next/link";
import { Amount } from "@/components/money/amount";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { BalanceOwner, BalanceRow } from "../_lib/queries";

function Owner({ owner }: { owner: BalanceOwner }) {
  if (!owner) return null;
  if (owner.kind === "internal") {
    return (
      <span className="inline-flex items-center gap-1.5 font-mono text-xs">
        {owner.indicator}
        <span className="rounded-sm bg-muted px-1 py-0.5 font-sans text-[0.65rem] text-muted-foreground uppercase">
          Internal
        </span>
      </span>
    );
  }
  const label = owner.kind === "identity" ? owner.name : owner.id;
  return (
    <Link href={`/identities/${owner.id}`} className="hover:underline">
      {label}
    </Link>
  );
}

export function BalancesTable({ rows }: { rows: BalanceRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Currency</TableHead>
          <TableHead className="text-right">Balance</TableHead>
          <TableHead className="text-right">Inflight balance</TableHead>
          <TableHead>Owner</TableHead>
          <TableHead>Created at</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="font-medium">{row.currency}</TableCell>
            <TableCell className="text-right">
              <Amount money={row.balance} />
            </TableCell>
            <TableCell className="text-right">
              <Amount money={row.inflightBalance} />
            </TableCell>
            <TableCell>
              <Owner owner={row.owner} />
            </TableCell>
            <TableCell>
              <LocalTime iso={row.createdAt} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
