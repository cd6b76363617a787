import Link from "next/link";
import { InternalMarker } from "@/components/balances/transaction-counterparty";
import type { BalanceOwnerView } from "../_lib/queries";

/** The owner identity (linked), an internal balance's `@indicator` with its marker, or a dash. */
export function BalanceOwnerCell({ owner }: { owner: BalanceOwnerView }) {
  if (!owner) return <span className="text-muted-foreground">—</span>;
  switch (owner.kind) {
    case "internal":
      return (
        <span className="inline-flex items-center gap-1.5">
          <span className="font-mono text-xs">{owner.indicator}</span>
          <InternalMarker />
        </span>
      );
    case "identity":
      return (
        <Link href={`/identities/${owner.id}`} className="hover:underline">
          {owner.name}
        </Link>
      );
    case "unknown-identity":
      return (
        <Link href={`/identities/${owner.id}`} className="font-mono text-xs hover:underline">
          {owner.id}
        </Link>
      );
  }
}
