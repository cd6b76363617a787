"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowRightLeftIcon, ScrollTextIcon } from "lucide-react";
import { Amount } from "@/components/money/amount";
import { createSummarySheet, SummaryDetailsLayout } from "@/components/record/summary-sheet";
import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { LocalTime } from "@/components/ui/local-time";
import { unwrap } from "@/lib/actions/result";
import { fetchBalanceSummary } from "@/lib/balances/actions";
import type { BalanceSummary } from "@/lib/balances/types";
import { balanceKeys } from "@/lib/balances/types";
import { BalanceActivity } from "./balance-activity";
import { BalanceOwner } from "./balance-owner";
import { HealthBadge } from "./health-badge";
import { useLinkTargetProps } from "./link-target";

const loadSummary = async (id: string): Promise<BalanceSummary> => unwrap(await fetchBalanceSummary(id));

function useBalanceSummary(id: string) {
  return useQuery({ queryKey: balanceKeys.summary(id), queryFn: () => loadSummary(id) });
}

function SummaryDetails({ summary }: { summary: BalanceSummary }) {
  const linkTarget = useLinkTargetProps();
  return (
    <SummaryDetailsLayout
      noun="balance"
      id={summary.id}
      money={summary.balance}
      currency={summary.currency}
      actions={
        <>
          <BalanceActivity id={summary.id} currency={summary.currency} />
          <section aria-labelledby="quick-actions" className="mt-auto flex flex-col gap-2 border-t pt-4">
            <h3 id="quick-actions" className="text-xs font-medium text-muted-foreground uppercase">
              Quick Actions
            </h3>
            <IntentLink
              href={`/balances/${summary.id}/transactions`}
              {...linkTarget}
              className={`${buttonVariants({ variant: "secondary", size: "sm" })} justify-start`}
            >
              <ArrowRightLeftIcon aria-hidden /> View transactions
            </IntentLink>
            <IntentLink
              href={`/balances/${summary.id}/statement`}
              {...linkTarget}
              className={`${buttonVariants({ variant: "secondary", size: "sm" })} justify-start`}
            >
              <ScrollTextIcon aria-hidden /> Statement
            </IntentLink>
          </section>
        </>
      }
    >
      <dt className="text-muted-foreground">Health</dt>
      <dd>
        <HealthBadge report={summary.health} showReason />
      </dd>
      <dt className="text-muted-foreground">Inflight balance</dt>
      <dd>
        <Amount money={summary.inflightBalance} />
      </dd>
      <dt className="text-muted-foreground">Ledger</dt>
      <dd>
        <IntentLink href={`/ledgers/${summary.ledger.id}`} {...linkTarget} className="hover:underline">
          {summary.ledger.name}
        </IntentLink>
      </dd>
      <dt className="text-muted-foreground">Owner</dt>
      <dd>{summary.owner ? <BalanceOwner owner={summary.owner} /> : "—"}</dd>
      <dt className="text-muted-foreground">Date created</dt>
      <dd>
        <LocalTime iso={summary.createdAt} />
      </dd>
    </SummaryDetailsLayout>
  );
}

/** The Balance summary side panel (see SummarySheet). */
export const BalanceSummarySheet = createSummarySheet({
  noun: "balance",
  detailsHref: (id) => `/balances/${id}`,
  useSummary: useBalanceSummary,
  details: SummaryDetails,
});
