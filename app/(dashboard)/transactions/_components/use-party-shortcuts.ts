"use client";

import { useRouter } from "next/navigation";
import * as React from "react";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import { balanceHref } from "@/lib/transactions/types";

/** How long S or D are listened for after ⇧T. */
const ARMED_MS = 2_000;

/**
 * `⇧T` then `S` / `D`: opens the transaction's source / destination balance (from its summary or its page).
 * S and D mean nothing on their own: they are listened for only for a moment after ⇧T.
 */
export function usePartyShortcuts({
  source,
  destination,
}: {
  source: string | null;
  destination: string | null;
}) {
  const router = useRouter();
  const [armed, setArmed] = React.useState(false);
  React.useEffect(() => {
    if (!armed) return;
    const timer = window.setTimeout(() => setArmed(false), ARMED_MS);
    return () => window.clearTimeout(timer);
  }, [armed]);
  const openBalance = (identifier: string | null) => {
    setArmed(false);
    // An `@indicator` not yet resolved to a balance (a queued transaction) has no page to open.
    if (!identifier || identifier.startsWith("@")) return false;
    router.push(balanceHref(identifier));
  };
  useShortcut("partyPrefix", () => {
    if (!source && !destination) return false;
    setArmed(true);
  });
  useShortcut("openSource", () => openBalance(source), { enabled: armed });
  useShortcut("openDestination", () => openBalance(destination), { enabled: armed });
}
