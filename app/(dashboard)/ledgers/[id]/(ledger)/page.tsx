import type { Metadata } from "next";
import { BalancesView } from "@/components/balances/balances-view";
import { CreateBalanceButton } from "@/components/create-balance/create-balance-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { RecordSection } from "@/components/record/detail-list";
import { StreamedCount } from "@/components/record/record-count";
import { RecordDetails } from "@/components/record/record-details";
import { recordOrError } from "@/components/record/record-page";
import { parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { loadBalancesPage } from "@/lib/balances/queries";
import { isGeneralLedger } from "@/lib/blnk";
import { metadataJson } from "@/lib/format/pretty-json";
import { LedgerHeader } from "../_components/ledger-header";
import { loadLedgerCounts } from "../_lib/counts";
import { loadLedger } from "../_lib/queries";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadLedger((await params).id);
  return { title: result.ok ? result.data.name || result.data.id : "Ledger" };
}

export default async function LedgerPage({ params, searchParams }: Props) {
  const actor = await requirePageRole("viewer");
  const canEdit = hasRole(actor.role, "operator");
  const { id } = await params;
  const query = { page: parsePage((await searchParams).page), ledgerId: id };
  const [result, balances] = await Promise.all([loadLedger(id), loadBalancesPage(query)]);
  const shown = recordOrError(result, "Ledger");
  if (!shown.ok) return shown.fallback;

  const ledger = shown.record;
  // Not awaited: the page renders now and the two counts stream in.
  const counts = loadLedgerCounts(ledger.id);
  const metadata = metadataJson(ledger.metadata);
  const preset = { id: ledger.id, name: ledger.name || ledger.id };
  return (
    <>
      <LedgerHeader
        name={preset.name}
        isGeneral={isGeneralLedger(ledger)}
        actions={<CreateBalanceButton preset={{ ledger: preset }} />}
      />
      <div className="flex flex-col gap-8">
        <RecordDetails
          kind="Ledger"
          id={ledger.id}
          fields={[
            { label: "Name", value: ledger.name },
            { label: "Balances", value: <StreamedCount count={counts.balances} variant="field" /> },
            { label: "Transactions", value: <StreamedCount count={counts.transactions} variant="field" /> },
          ]}
          createdAt={ledger.createdAt}
          metadataJson={metadata}
          // Core's metadata route refuses the General Ledger's ID.
          canEditMetadata={canEdit && !isGeneralLedger(ledger)}
          metadataTitle="Extra information"
        />
        <RecordSection id="ledger-balances" title="Balances">
          {balances.ok ? (
            <BalancesView
              query={query}
              initialPage={balances.data}
              basePath={`/ledgers/${encodeURIComponent(ledger.id)}`}
              filtersInPath
              emptyMessage="This ledger has no balances yet."
              emptyAction={<CreateBalanceButton preset={{ ledger: preset }} />}
            />
          ) : (
            <BlnkErrorState error={balances.error} />
          )}
        </RecordSection>
      </div>
    </>
  );
}
