"use client";

import { WalletIcon } from "lucide-react";
import type * as React from "react";
import { useLinkTargetProps } from "@/components/balances/link-target";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { balanceHref } from "@/lib/transactions/types";
import { usePartyShortcuts } from "./use-party-shortcuts";

/**
 * "View source balance" / "View destination balance" (⇧T S / ⇧T D), on the summary and the details page;
 * `children`: the transaction's write actions (commit, void, refund), where its state and the role allow them.
 */
type PartyActionsProps = {
  source: string | null;
  destination: string | null;
  children?: React.ReactNode;
};

export function PartyQuickActions({ source, destination, children }: PartyActionsProps) {
  const linkTarget = useLinkTargetProps();
  const action = (identifier: string | null, label: string, shortcut: "openSource" | "openDestination") =>
    identifier && !identifier.startsWith("@") ? (
      <IntentLink
        href={balanceHref(identifier)}
        {...linkTarget}
        className={`${buttonVariants({ variant: "secondary", size: "sm" })} justify-start`}
      >
        <WalletIcon aria-hidden /> {label} <ShortcutHint id={shortcut} className="ml-auto" />
      </IntentLink>
    ) : null;
  return (
    <section aria-labelledby="quick-actions" className="mt-auto flex flex-col gap-2 border-t pt-4">
      <h3 id="quick-actions" className="text-xs font-medium text-muted-foreground uppercase">
        Quick Actions
      </h3>
      {action(source, "View source balance", "openSource")}
      {action(destination, "View destination balance", "openDestination")}
      {children}
    </section>
  );
}

/** The details page's Quick Actions, with ⇧T S / ⇧T D listening while the page is open. */
export function TransactionPageActions(props: PartyActionsProps) {
  usePartyShortcuts(props);
  return <PartyQuickActions {...props} />;
}
