"use client";

import { useQuery } from "@tanstack/react-query";
import { Amount } from "@/components/money/amount";
import { SummaryFrame, SummarySheet, type SummarySheetProps } from "@/components/record/summary-sheet";
import { StatusBadge } from "@/components/transactions/status-badge";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";
import { unwrap } from "@/lib/actions/result";
import { transactionHref, transactionKeys } from "@/lib/transactions/types";
import { fetchTransactionSummary } from "../_lib/actions";
import type { TransactionSummary } from "../_lib/queries";
import { PartyQuickActions } from "./party-actions";
import { SideLink } from "./party-link";
import { TransactionWriteActions } from "./transaction-write-actions";
import { usePartyShortcuts } from "./use-party-shortcuts";

/** The Transaction summary side panel (see SummarySheet). */
export function TransactionSummarySheet(props: SummarySheetProps) {
  return <SummarySheet {...props} body={SummaryBody} />;
}

function SummaryBody({ id }: { id: string }) {
  const query = useQuery({
    queryKey: transactionKeys.summary(id),
    queryFn: async (): Promise<TransactionSummary> => unwrap(await fetchTransactionSummary(id)),
  });
  usePartyShortcuts({
    source: query.data?.row.source ?? null,
    destination: query.data?.row.destination ?? null,
  });
  return (
    <SummaryFrame
      title="Transaction summary"
      description={`Summary of transaction ${id}`}
      detailsHref={transactionHref(id)}
      query={query}
    >
      {(summary) => <SummaryDetails summary={summary} />}
    </SummaryFrame>
  );
}

function SummaryDetails({ summary }: { summary: TransactionSummary }) {
  const { row, parties } = summary;
  return (
    <div className="flex flex-1 flex-col gap-5 overflow-y-auto">
      <div className="flex flex-col gap-1">
        <Amount money={row.amount} className="text-2xl font-semibold" />
        <span className="text-sm text-muted-foreground">{row.currency}</span>
      </div>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
        <dt className="text-muted-foreground">Status</dt>
        <dd>
          <StatusBadge status={row.status} />
        </dd>
        <dt className="text-muted-foreground">Source</dt>
        <dd>
          <SideLink row={row} side="source" parties={parties} />
        </dd>
        <dt className="text-muted-foreground">Destination</dt>
        <dd>
          <SideLink row={row} side="destination" parties={parties} />
        </dd>
        <dt className="text-muted-foreground">Effective date</dt>
        <dd>
          <LocalTime iso={row.effectiveDate} title={`Created ${row.createdAt}`} />
        </dd>
        <dt className="text-muted-foreground">Description</dt>
        <dd className="break-words">{summary.description || "—"}</dd>
        <dt className="text-muted-foreground">Reference</dt>
        <dd className="font-mono text-xs break-all">{row.reference || "—"}</dd>
        <dt className="text-muted-foreground">Transaction ID</dt>
        <dd className="flex items-center gap-1 font-mono text-xs break-all">
          {row.id}
          <CopyButton value={row.id} label="Copy transaction ID" />
        </dd>
      </dl>
      <PartyQuickActions source={row.source} destination={row.destination}>
        <TransactionWriteActions row={row} parties={parties} writes={summary.writes} />
      </PartyQuickActions>
    </div>
  );
}
