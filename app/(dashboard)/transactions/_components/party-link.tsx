"use client";

import Link from "next/link";
import { InternalMarker } from "@/components/balances/internal-marker";
import { TableCell } from "@/components/ui/table";
import {
  balanceHref,
  type Parties,
  type Party,
  shortId,
  type TransactionRow,
} from "@/lib/transactions/types";

/**
 * One side of a transaction: the balance's owner name or `@indicator`, and its short ID, linked to the balance.
 * Until the page's parties arrive (or if their lookup failed) the identifier alone. Not prefetched: a page of
 * rows would otherwise ask Blnk for every balance up front.
 */
export function PartyLink({
  identifier,
  party,
  count = 1,
  onNavigate,
}: {
  identifier: string | null;
  party: Party | undefined;
  /** How many balances are on this side (a split transaction): the first is shown, then "+N". */
  count?: number;
  onNavigate?: (event: React.MouseEvent) => void;
}) {
  if (!identifier) return <span className="text-muted-foreground">—</span>;
  const more = count > 1 ? <span className="text-xs text-muted-foreground"> +{count - 1}</span> : null;
  const balanceId = party ? party.balanceId : identifier.startsWith("@") ? null : identifier;
  let label: React.ReactNode;
  if (party?.kind === "owner") label = <span className="font-medium">{party.name}</span>;
  else if (party?.kind === "balance") label = <span className="font-medium">{party.currency}</span>;
  else if (party?.kind === "internal" || identifier.startsWith("@"))
    label = (
      <>
        <span className="font-mono text-xs">{party?.kind === "internal" ? party.indicator : identifier}</span>
        <InternalMarker />
      </>
    );
  const id = balanceId ? (
    <span className="font-mono text-xs text-muted-foreground">{shortId(balanceId)}</span>
  ) : null;
  const content = (
    <span className="inline-flex items-center gap-1.5">
      {label}
      {id}
    </span>
  );
  return (
    <span>
      {balanceId ? (
        <Link
          href={balanceHref(balanceId)}
          prefetch={false}
          title={balanceId}
          className="hover:underline"
          onClick={(event) => {
            event.stopPropagation();
            onNavigate?.(event);
          }}
        >
          {content}
        </Link>
      ) : (
        content
      )}
      {more}
    </span>
  );
}

/** One side of a row (`source` or `destination`), with its party from the page's lookup. */
export function SideLink({
  row,
  side,
  parties,
}: {
  row: Pick<TransactionRow, "source" | "destination" | "sourceCount" | "destinationCount">;
  side: "source" | "destination";
  parties: Parties;
}) {
  const identifier = row[side];
  return (
    <PartyLink
      identifier={identifier}
      party={identifier ? parties[identifier] : undefined}
      count={side === "source" ? row.sourceCount : row.destinationCount}
    />
  );
}

/** The Source and Destination cells of a transactions table row. */
export function PartyCells({
  row,
  parties,
}: {
  row: Pick<TransactionRow, "source" | "destination" | "sourceCount" | "destinationCount">;
  parties: Parties;
}) {
  return (
    <>
      <TableCell>
        <SideLink row={row} side="source" parties={parties} />
      </TableCell>
      <TableCell>
        <SideLink row={row} side="destination" parties={parties} />
      </TableCell>
    </>
  );
}
