import { ScrollTextIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CreateTransactionButton } from "@/components/create-transaction/create-transaction-button";
import { buttonVariants } from "@/components/ui/button";
import { requirePageRole } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { AsOfBanner } from "../_components/as-of-banner";
import { BalanceActions } from "../_components/balance-actions";
import { BalanceDetails } from "../_components/balance-details";
import { BalanceHeader } from "../_components/balance-header";
import { BalanceHealth } from "../_components/balance-health";
import { HealthSkeleton, RecentTransactionsSkeleton } from "../_components/balance-skeletons";
import { BalanceSummary } from "../_components/balance-summary";
import { RecentTransactions } from "../_components/recent-transactions";
import { AS_OF_PARAM } from "../_lib/as-of";
import { balanceForPage } from "../_lib/balance-page";
import { loadAsOf } from "../_lib/historical";
import { type BalanceView, loadHealth, loadRecomputed } from "../_lib/queries";
import { loadTransactionsPage, RECENT_TRANSACTIONS } from "../_lib/transactions";

/** The owner as "Assign identity" names it: an identity, by name (or ID when it could not be read). */
function ownerOfView(view: BalanceView): { id: string; name: string } | null {
  const owner = view.owner;
  if (owner?.kind === "identity") return { id: owner.id, name: owner.name };
  if (owner?.kind === "unknown-identity") return { id: owner.id, name: owner.id };
  return null;
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Balance ${(await params).id}` };
}

export default async function BalancePage({ params, searchParams }: Props) {
  const actor = await requirePageRole("viewer");
  const { id } = await params;
  const atParam = (await searchParams)[AS_OF_PARAM];
  // Started before waiting for the balance: the recomputation is the slowest call and needs only the ID.
  const recomputed = loadRecomputed(id);
  const shown = await balanceForPage(id);
  if (!shown.ok) return shown.fallback;
  const { balance, view } = shown;
  const health = loadHealth(balance, recomputed);
  const recent = loadTransactionsPage(balance, { page: 1, pageSize: RECENT_TRANSACTIONS, withCount: false });
  // "View historical balance" (`?at=`): the summary's amounts at that moment, or why the current ones show.
  const asOf = await loadAsOf(balance, atParam);
  const shownAt = asOf?.kind === "shown" ? asOf : null;

  return (
    <>
      <BalanceHeader
        id={view.id}
        currency={view.currency}
        balance={shownAt ? shownAt.amounts.balance : view.amounts.balance}
        actions={
          <>
            <BalanceActions
              balanceId={view.id}
              createdAt={view.createdAt}
              asOf={shownAt?.at ?? null}
              owner={ownerOfView(view)}
              tracksLineage={view.trackFundLineage === true}
              metadataJson={view.metadataJson}
              canEdit={hasRole(actor.role, "operator")}
            />
            <Link href={`/balances/${view.id}/statement`} className={buttonVariants({ size: "sm" })}>
              <ScrollTextIcon aria-hidden /> Statement
            </Link>
            <CreateTransactionButton
              preset={{ source: { id: view.id, label: view.id }, currency: view.currency }}
            />
          </>
        }
      />
      <div className="flex flex-col gap-8">
        {asOf ? (
          <AsOfBanner
            balanceId={view.id}
            at={asOf.at}
            problem={asOf.kind === "problem" ? asOf.message : undefined}
            note={asOf.kind === "shown" ? asOf.note : undefined}
            canRetry={asOf.kind === "problem" && asOf.canRetry}
          />
        ) : null}
        <BalanceSummary amounts={shownAt ? shownAt.amounts : view.amounts} />
        <BalanceDetails
          view={view}
          health={
            <Suspense fallback={<HealthSkeleton />}>
              <BalanceHealth report={health} />
            </Suspense>
          }
        />
        <section aria-labelledby="balance-transactions" className="flex flex-col gap-3">
          <h2 id="balance-transactions" className="text-base font-semibold">
            Transactions
          </h2>
          <Suspense fallback={<RecentTransactionsSkeleton />}>
            <RecentTransactions balanceId={view.id} page={recent} />
          </Suspense>
        </section>
      </div>
    </>
  );
}
