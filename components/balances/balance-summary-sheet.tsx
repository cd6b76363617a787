"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowRightLeftIcon } from "lucide-react";
import { Amount } from "@/components/money/amount";
import { SummaryFrame, SummarySheet, type SummarySheetProps } from "@/components/record/summary-sheet";
import { buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { IntentLink } from "@/components/ui/intent-link";
import { LocalTime } from "@/components/ui/local-time";
import { unwrap } from "@/lib/actions/result";
import { fetchBalanceSummary } from "@/lib/balances/actions";
import type { BalanceSummary } from "@/lib/balances/types";
import { balanceKeys } from "@/lib/balances/types";
import { BalanceOwner } from "./balance-owner";
import { HealthBadge } from "./health-badge";
import { useLinkTargetProps } from "./link-target";

const loadSummary = async (id: string): Promise<BalanceSummary> => unwrap(await fetchBalanceSummary(id));

/** The Balance summary side panel (see SummarySheet). */
export function BalanceSummarySheet(props: SummarySheetProps) {
  return <SummarySheet {...props} body={SummaryBody} />;
}

function SummaryBody({ id }: { id: string }) {
  const query = useQuery({ queryKey: balanceKeys.summary(id), queryFn: () => loadSummary(id) });
  return (
    <SummaryFrame
      title="Balance summary"
      description={`Summary of balance ${id}`}
      detailsHref={`/balances/${id}`}
      query={query}
    >
      {(summary) => <SummaryDetails summary={summary} />}
    </SummaryFrame>
  );
}

function SummaryDetails({ summary }: { summary: BalanceSummary }) {
  const linkTarget = useLinkTargetProps();
  return (
    <div className="flex flex-1 flex-col gap-5 overflow-y-auto">
      <div className="flex flex-col gap-1">
        <Amount money={summary.balance} className="text-2xl font-semibold" />
        <span className="text-sm text-muted-foreground">{summary.currency}</span>
      </div>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
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
        <dt className="text-muted-foreground">Balance ID</dt>
        <dd className="flex items-center gap-1 font-mono text-xs break-all">
          {summary.id}
          <CopyButton value={summary.id} label="Copy balance ID" />
        </dd>
      </dl>
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
      </section>
    </div>
  );
}
