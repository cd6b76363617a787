import type { Metadata } from "next";
import { BalancesView } from "@/components/balances/balances-view";
import { CreateBalanceButton } from "@/components/create-balance/create-balance-provider";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { loadBalancesPage } from "@/lib/balances/queries";
import { parseBalancesQuery } from "@/lib/balances/search-params";

export const metadata: Metadata = { title: "Balances" };

export default async function BalancesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseBalancesQuery(await searchParams);
  const result = await loadBalancesPage(query);
  return (
    <>
      <PageHeader title="Balances" actions={<CreateBalanceButton />} />
      {result.ok ? (
        <BalancesView
          key={`${query.identityId}:${query.ledgerId}`}
          query={query}
          initialPage={result.data}
          emptyAction={<CreateBalanceButton />}
        />
      ) : (
        <BlnkErrorState error={result.error} />
      )}
    </>
  );
}
