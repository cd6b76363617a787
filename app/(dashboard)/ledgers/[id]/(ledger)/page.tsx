import type { Metadata } from "next";
import { BalancesView } from "@/components/balances/balances-view";
import { CreateBalanceButton } from "@/components/create-balance/create-balance-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { recordOrError } from "@/components/record/record-page";
import { parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/actor";
import { loadBalancesPage } from "@/lib/balances/queries";
import { isGeneralLedger } from "@/lib/blnk";
// Shared with the balance details page; it belongs in lib/ once a third page needs it.
import { prettyJson } from "@/lib/format/pretty-json";
import { LedgerDetails } from "../_components/ledger-details";
import { LedgerHeader } from "../_components/ledger-header";
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
  await requirePageRole("viewer");
  const { id } = await params;
  const query = { page: parsePage((await searchParams).page), ledgerId: id };
  const [result, balances] = await Promise.all([loadLedger(id), loadBalancesPage(query)]);
  const shown = recordOrError(result, "Ledger");
  if (!shown.ok) return shown.fallback;

  const ledger = shown.record;
  const preset = { id: ledger.id, name: ledger.name || ledger.id };
  const metadata = ledger.metadata;
  return (
    <>
      <LedgerHeader
        name={preset.name}
        isGeneral={isGeneralLedger(ledger)}
        actions={<CreateBalanceButton preset={{ ledger: preset }} />}
      />
      <div className="flex flex-col gap-8">
        <LedgerDetails
          id={ledger.id}
          name={ledger.name}
          createdAt={ledger.createdAt}
          metadataJson={metadata && Object.keys(metadata).length > 0 ? prettyJson(metadata) : null}
        />
        <section aria-labelledby="ledger-balances" className="flex flex-col gap-3">
          <h2 id="ledger-balances" className="text-base font-semibold">
            Balances
          </h2>
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
        </section>
      </div>
    </>
  );
}
