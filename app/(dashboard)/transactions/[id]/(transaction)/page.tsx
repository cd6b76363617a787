import type { Metadata } from "next";
import Link from "next/link";
import { Amount } from "@/components/money/amount";
import {
  DetailField,
  DetailList,
  IdValue,
  MetadataBlock,
  RecordSection,
  TextOrDash,
} from "@/components/record/detail-list";
import { RecordHeader } from "@/components/record/record-header";
import { recordOrError } from "@/components/record/record-page";
import { StatusBadge } from "@/components/transactions/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { requirePageRole } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { orFallback, type Transaction } from "@/lib/blnk";
import { metadataJson } from "@/lib/format/pretty-json";
import { loadParties } from "@/lib/transactions/parties";
import { type Parties, type TransactionRow, transactionHref } from "@/lib/transactions/types";
import { InflightHistory } from "../../_components/inflight-history";
import { LifecycleTable } from "../../_components/lifecycle-table";
import { TransactionPageActions } from "../../_components/party-actions";
import { SideLink } from "../../_components/party-link";
import { RawRecord } from "../../_components/raw-record";
import { TransactionWriteActions } from "../../_components/transaction-write-actions";
import { WriteStateProvider } from "../../_components/write-state-context";
import { loadLifecycle, loadTransaction, toTransactionRow } from "../../_lib/queries";
import { loadWriteState, type WriteState } from "../../_lib/write-state";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const result = await loadTransaction(id);
  return { title: result.ok ? `Transaction ${result.data.transaction.reference || id}` : "Transaction" };
}

export default async function TransactionPage({ params }: Props) {
  const actor = await requirePageRole("viewer");
  const { id } = await params;
  const shown = recordOrError(await loadTransaction(id), "Transaction");
  if (!shown.ok) return shown.fallback;

  const { transaction, raw } = shown.record;
  const row = toTransactionRow(transaction);
  const [parties, lifecycle, writes] = await Promise.all([
    orFallback(
      () => loadParties([row.source, row.destination].filter((side): side is string => !!side)),
      {} as Parties,
    ),
    orFallback(() => loadLifecycle(transaction), null),
    orFallback(() => loadWriteState(transaction, hasRole(actor.role, "operator")), null),
  ]);
  return (
    <>
      <RecordHeader
        crumbs={[
          { label: "Transactions", href: "/transactions" },
          { label: transaction.reference || transaction.id, isCode: true },
        ]}
        title={
          <h1 className="flex items-baseline gap-3 text-2xl font-semibold tracking-tight">
            <Amount money={row.amount} className="text-2xl" />
            <StatusBadge status={transaction.status} />
          </h1>
        }
      />
      <WriteStates writes={writes}>
        <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
          <RecordSection id="transaction-details" title="Details">
            <TransactionFields transaction={transaction} row={row} parties={parties} />
          </RecordSection>
          <TransactionPageActions source={row.source} destination={row.destination}>
            {writes ? <TransactionWriteActions row={row} parties={parties} writes={writes} /> : null}
          </TransactionPageActions>
        </div>
        {transaction.status === "INFLIGHT" ? (
          <RecordSection id="transaction-inflight-history" title="Inflight history">
            {writes?.hold ? (
              <InflightHistory hold={writes.hold} />
            ) : (
              <p role="alert" className="rounded-md border border-danger/40 p-4 text-sm">
                The hold's commits and voids could not be loaded from Blnk. Reload the page to try again.
              </p>
            )}
          </RecordSection>
        ) : null}
        <RecordSection id="transaction-lifecycle" title="Lifecycle">
          {lifecycle === null ? (
            <p role="alert" className="rounded-md border border-danger/40 p-4 text-sm">
              The lifecycle could not be loaded from Blnk. Reload the page to try again.
            </p>
          ) : (
            <LifecycleTable entries={lifecycle} />
          )}
        </RecordSection>
        <RecordSection id="transaction-metadata" title="Metadata">
          <MetadataBlock json={metadataJson(transaction.metadata)} label="Metadata" />
        </RecordSection>
        <RecordSection id="transaction-raw" title="Raw record">
          <RawRecord raw={raw} />
        </RecordSection>
      </WriteStates>
    </>
  );
}

/** The page's sections, with the write state (when it could be read) shared by Quick Actions and the hold. */
function WriteStates({ writes, children }: { writes: WriteState | null; children: React.ReactNode }) {
  const sections = <div className="flex flex-col gap-8">{children}</div>;
  return writes ? <WriteStateProvider initial={writes}>{sections}</WriteStateProvider> : sections;
}

/** Every field of a transaction, in Blnk Cloud's order. */
function TransactionFields({
  transaction,
  row,
  parties,
}: {
  transaction: Transaction;
  row: TransactionRow;
  parties: Parties;
}) {
  return (
    <DetailList>
      <DetailField label="Amount">
        <Amount money={row.amount} />
      </DetailField>
      <DetailField label="Currency">{transaction.currency}</DetailField>
      <DetailField label="Status">
        <StatusBadge status={transaction.status} />
      </DetailField>
      <DetailField label="Source">
        <SideLink row={row} side="source" parties={parties} />
      </DetailField>
      <DetailField label="Destination">
        <SideLink row={row} side="destination" parties={parties} />
      </DetailField>
      <DetailField label="Description">
        <TextOrDash value={transaction.description} />
      </DetailField>
      <DetailField label="Date created">
        <LocalTime iso={transaction.createdAt} />
      </DetailField>
      <DetailField label="Effective date">
        <LocalTime iso={row.effectiveDate} />
      </DetailField>
      <DetailField label="Transaction ID">
        <IdValue id={transaction.id} copyLabel="Copy transaction ID" />
      </DetailField>
      <DetailField label="Reference">
        {transaction.reference ? (
          <IdValue id={transaction.reference} copyLabel="Copy reference" />
        ) : (
          <TextOrDash value="" />
        )}
      </DetailField>
      <DetailField label="Parent transaction">
        {transaction.parentTransaction ? (
          <Link
            href={transactionHref(transaction.parentTransaction)}
            className="font-mono text-xs hover:underline"
          >
            {transaction.parentTransaction}
          </Link>
        ) : (
          <TextOrDash value="" />
        )}
      </DetailField>
    </DetailList>
  );
}
