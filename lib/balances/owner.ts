import type { Balance, Identity } from "@/lib/blnk/types";

/** Who a balance belongs to, as every balance view shows it. */
export type BalanceOwner =
  | { kind: "identity"; id: string; name: string }
  | { kind: "internal"; indicator: string }
  | { kind: "unknown-identity"; id: string }
  | null;

/** The owner from the balance and the identities resolved for its page (one batched call, never per row). */
export function ownerOf(
  balance: Pick<Balance, "identityId" | "indicator">,
  identities: Map<string, Identity>,
): BalanceOwner {
  if (balance.identityId) {
    const identity = identities.get(balance.identityId);
    return identity
      ? { kind: "identity", id: identity.id, name: identity.displayName }
      : { kind: "unknown-identity", id: balance.identityId };
  }
  return balance.indicator ? { kind: "internal", indicator: balance.indicator } : null;
}
