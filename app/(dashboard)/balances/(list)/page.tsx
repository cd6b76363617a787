import type { Metadata } from "next";
import { BalancesFilterChips } from "@/app/(dashboard)/balances/(list)/_components/balances-filter-chips";
import { BalancesView } from "@/components/balances/balances-view";
import { CreateBalanceButton } from "@/components/create-balance/create-balance-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { FilterBar } from "@/components/filters/filter-bar";
import { openTablePage, type TablePageProps } from "@/components/record/table-page";
import { PageHeader } from "@/components/ui/page-header";
import { balancesRequest, loadBalancesPage } from "@/lib/balances/queries";
import { parseBalancesQuery } from "@/lib/balances/search-params";
import { loadFilterLabels } from "./_lib/filter-labels";

export const metadata: Metadata = { title: "Balances" };

export default async function BalancesPage({ searchParams }: TablePageProps) {
  const { params, scope } = await openTablePage("balances", "/balances", searchParams);
  const query = { ...parseBalancesQuery(params), filters: scope.filters };
  const [result, labels] = await Promise.all([loadBalancesPage(query), loadFilterLabels(query)]);
  const isFiltered = Boolean(query.identityId || query.ledgerId || query.filters);
  return (
    <>
      <PageHeader title="Balances" actions={<CreateBalanceButton />} />
      <FilterBar {...scope.bar(balancesRequest(query))} />
      <BalancesFilterChips query={query} ownerName={labels.owner} ledgerName={labels.ledger} />
      {result.ok ? (
        <BalancesView
          key={`${query.identityId}:${query.ledgerId}:${query.filters}`}
          query={query}
          initialPage={result.data}
          emptyMessage={isFiltered ? "No balances match these filters." : undefined}
          emptyAction={<CreateBalanceButton />}
        />
      ) : (
        <BlnkErrorState error={result.error} />
      )}
    </>
  );
}
