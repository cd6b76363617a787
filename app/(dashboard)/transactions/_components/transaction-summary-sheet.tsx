"use client";

import { useQuery } from "@tanstack/react-query";
import { createSummarySheet, SummaryDetailsLayout } from "@/components/record/summary-sheet";
import { StatusBadge } from "@/components/transactions/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { unwrap } from "@/lib/actions/result";
import { transactionHref, transactionKeys } from "@/lib/transactions/types";
import { fetchTransactionSummary } from "../_lib/actions";
import type { TransactionSummary } from "../_lib/queries";
import { PartyQuickActions } from "./party-actions";
import { SideLink } from "./party-link";
import { TransactionWriteActions } from "./transaction-write-actions";
import { usePartyShortcuts } from "./use-party-shortcuts";

function useTransactionSummary(id: string) {
  const query = useQuery({
    queryKey: transactionKeys.summary(id),
    queryFn: async (): Promise<TransactionSummary> => unwrap(await fetchTransactionSummary(id)),
  });
  usePartyShortcuts({
    source: query.data?.row.source ?? null,
    destination: query.data?.row.destination ?? null,
  });
  return query;
}

function SummaryDetails({ summary }: { summary: TransactionSummary }) {
  const { row, parties } = summary;
  return (
    <SummaryDetailsLayout
      noun="transaction"
      id={row.id}
      money={row.amount}
      currency={row.currency}
      actions={
        <PartyQuickActions source={row.source} destination={row.destination}>
          <TransactionWriteActions row={row} parties={parties} writes={summary.writes} />
        </PartyQuickActions>
      }
    >
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
    </SummaryDetailsLayout>
  );
}

/** The Transaction summary side panel (see SummarySheet). */
export const TransactionSummarySheet = createSummarySheet({
  noun: "transaction",
  detailsHref: transactionHref,
  useSummary: useTransactionSummary,
  details: SummaryDetails,
});
