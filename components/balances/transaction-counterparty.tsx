import Link from "next/link";
import type { Counterparty } from "@/lib/transactions/rows";

/** "bln_0b1c2d3e-4f50-…" → "bln_0b1c2d3e…": enough to tell balances apart in a row; the full ID is on hover. */
export function shortBalanceId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 12)}…` : id;
}

export function InternalMarker() {
  return (
    <span className="rounded-sm bg-muted px-1 py-0.5 font-sans text-[0.65rem] text-muted-foreground uppercase">
      Internal
    </span>
  );
}

const linkClass = "font-mono text-xs hover:underline";

/**
 * The other side of a transaction: an internal balance by its `@indicator` (with its marker), any other balance
 * by currency and short ID, each linked to its details. Counterparty links are not prefetched: a page of rows
 * would otherwise ask Blnk for every counterparty balance up front.
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
      return (
        <Link
          href={`/balances/${counterparty.id}`}
          prefetch={false}
          title={counterparty.id}
          className={linkClass}
        >
          {shortBalanceId(counterparty.id)}
        </Link>
      );
    case "balance":
      if (counterparty.indicator) {
        return (
          <span className="inline-flex items-center gap-1.5">
            <Link
              href={`/balances/${counterparty.id}`}
              prefetch={false}
              title={counterparty.id}
              className={linkClass}
            >
              {counterparty.indicator}
            </Link>
            <InternalMarker />
          </span>
        );
      }
      return (
        <Link
          href={`/balances/${counterparty.id}`}
          prefetch={false}
          title={counterparty.id}
          className={linkClass}
        >
          <span className="font-sans font-medium">{counterparty.currency}</span>{" "}
          {shortBalanceId(counterparty.id)}
        </Link>
      );
  }
}
