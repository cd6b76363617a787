"use client";

import Link from "next/link";
import type { BalanceOwner as Owner } from "@/lib/balances/owner";
import { InternalMarker } from "./internal-marker";
import { useLinkTargetProps } from "./link-target";

/** Owner cell: the identity's name (linked), an internal `@indicator` with its marker, or nothing. */
export function BalanceOwner({ owner }: { owner: Owner }) {
  const linkTarget = useLinkTargetProps();
  if (!owner) return null;
  if (owner.kind === "internal") {
    return (
      <span className="inline-flex items-center gap-1.5 font-mono text-xs">
        {owner.indicator}
        <InternalMarker />
      </span>
    );
  }
  const label = owner.kind === "identity" ? owner.name : owner.id;
  return (
    <Link
      href={`/identities/${owner.id}`}
      {...linkTarget}
      className="hover:underline"
      onClick={(event) => event.stopPropagation()}
    >
      {label}
    </Link>
  );
}
