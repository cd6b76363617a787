import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BalancesView } from "@/components/balances/balances-view";
import { OpenLinksInNewTab } from "@/components/balances/link-target";
import { CreateBalanceButton } from "@/components/create-balance/create-balance-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { requirePageRole } from "@/lib/auth/actor";
import { loadBalancesPage } from "@/lib/balances/queries";
import { parseBalancesQuery } from "@/lib/balances/search-params";
import { loadIdentity } from "@/lib/identities/queries";

export const metadata: Metadata = { title: "Customer balances" };

/** An identity's balances and "New balance", for an iframe in another internal tool. */
export default async function EmbeddedIdentityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageRole("viewer");
  const { id } = await params;
  const query = { ...parseBalancesQuery(await searchParams), identityId: id, ledgerId: undefined };
  // In parallel: a slow Blnk costs the page one call's time, not the sum.
  const [identity, balances] = await Promise.all([loadIdentity(id), loadBalancesPage(query)]);
  if (!identity.ok && identity.error.kind === "not_found") notFound();
  if (!identity.ok) return <BlnkErrorState error={identity.error} />;
  const owner = { id, name: identity.data.displayName };

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-col">
          <h1 className="text-lg font-semibold">{owner.name}</h1>
          <span className="text-xs text-muted-foreground capitalize">{identity.data.type || "identity"}</span>
        </div>
        <CreateBalanceButton preset={{ identity: owner }} label="New balance" />
      </header>
      {balances.ok ? (
        <OpenLinksInNewTab>
          <BalancesView
            query={query}
            initialPage={balances.data}
            basePath={`/embed/identities/${encodeURIComponent(id)}`}
            emptyAction={<CreateBalanceButton preset={{ identity: owner }} label="New balance" />}
          />
        </OpenLinksInNewTab>
      ) : (
        <BlnkErrorState error={balances.error} />
      )}
    </div>
  );
}
