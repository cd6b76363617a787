import Link from "next/link";
import type { Counterparty } from "@/app/(dashboard)/balances/[id]/_lib/transaction-rows";
import { InternalMarker } from "@/components/balances/internal-marker";
import { shortId } from "@/lib/transactions/types";

/**
 * A counterparty balance's link to its details. Not prefetched: a page of rows would otherwise ask Blnk for
 * every counterparty balance up front.
 */
function BalanceLink({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <Link href={`/balances/${id}`} prefetch={false} title={id} className="font-mono text-xs hover:underline">
      {children}
    </Link>
  );
}

/**
 * The other side of a transaction: an internal balance by its `@indicator` (with its marker), any other balance
 * by currency and short ID, each linked to its details.
 */
export function TransactionCounterparty({ counterparty }: { counterparty: Counterparty | null }) {
  if (!counterparty) return <span className="text-muted-foreground">—</span>;
  switch (counterparty.kind) {
    case "indicator":
      return (
        <span className="inline-flex items-center gap-1.5">
          <span className="font-mono text-xs">{counterparty.indicator}</span>
          <InternalMarker />
        </span>
      );
    case "unresolved":
      return <BalanceLink id={counterparty.id}>{shortId(counterparty.id)}</BalanceLink>;
    case "balance":
      if (counterparty.indicator) {
        return (
          <span className="inline-flex items-center gap-1.5">
            <BalanceLink id={counterparty.id}>{counterparty.indicator}</BalanceLink>
            <InternalMarker />
          </span>
        );
      }
      return (
        <BalanceLink id={counterparty.id}>
          <span className="font-sans font-medium">{counterparty.currency}</span> {shortId(counterparty.id)}
        </BalanceLink>
      );
  }
}
