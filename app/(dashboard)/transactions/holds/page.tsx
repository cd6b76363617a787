import type { Metadata } from "next";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { RecordHeader } from "@/components/record/record-header";
import { requirePageRole } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { HoldsDesk } from "../_components/holds-desk";
import { HoldsFilter } from "../_components/holds-filter";
import { parseHoldsDeskQuery } from "../_lib/holds-desk";
import { loadLedgerChoices, loadOpenHolds } from "../_lib/open-holds";

export const metadata: Metadata = { title: "Holds" };

/** The holds desk: every open inflight hold, oldest first, to commit or void several in one go. */
export default async function HoldsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageRole("viewer");
  const query = parseHoldsDeskQuery(await searchParams);
  const [result, ledgers] = await Promise.all([loadOpenHolds(query), loadLedgerChoices()]);
  return (
    <>
      <RecordHeader
        crumbs={[{ label: "Transactions", href: "/transactions" }, { label: "Holds" }]}
        title={<h1 className="text-2xl font-semibold tracking-tight">Holds</h1>}
      >
        <p className="text-sm text-muted-foreground">
          Every inflight hold that still holds money, oldest first, with what is left of it.
        </p>
      </RecordHeader>
      <HoldsFilter query={query} ledgers={ledgers} />
      {result.ok ? (
        <HoldsDesk
          key={JSON.stringify(query)}
          initialPage={result.data}
          canAct={hasRole(actor.role, "operator")}
        />
      ) : (
        <BlnkErrorState error={result.error} />
      )}
    </>
  );
}
