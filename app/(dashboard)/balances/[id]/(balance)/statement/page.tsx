import { ArrowLeftIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ExportButton } from "@/components/export/export-button";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { BalanceChart } from "@/components/statement/balance-chart";
import { buttonVariants } from "@/components/ui/button";
import { parsePage } from "@/components/ui/pagination";
import { auditActor, auditEvent } from "@/lib/audit/trail";
import { type Actor, requirePageRole } from "@/lib/auth/actor";
import { firstParam } from "@/lib/search-params";
import { FROM_PARAM, type Period, periodFromParams, TO_PARAM } from "@/lib/statement/period";
import { loadStatement, MAX_MOVEMENTS } from "@/lib/statement/statement";
import { BalanceHeader } from "../../_components/balance-header";
import { StatementCheck } from "../../_components/statement-check";
import { StatementPeriodPicker } from "../../_components/statement-period-picker";
import { StatementHolds, StatementRows } from "../../_components/statement-rows";
import { balanceForPage } from "../../_lib/balance-page";
import { toStatementView } from "../../_lib/statement-view";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Statement of ${(await params).id}` };
}

function Problem({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded-md border border-danger/40 p-4 text-sm">
      {children}
    </p>
  );
}

function StatementActions({ balanceId, period }: { balanceId: string; period: Period | null }) {
  return (
    <>
      <Link href={`/balances/${balanceId}`} className={buttonVariants({ size: "sm" })}>
        <ArrowLeftIcon aria-hidden /> Back to balance
      </Link>
      {period ? (
        <ExportButton
          path="/api/export/statement"
          params={[
            ["balance", balanceId],
            ["from", period.from],
            ["to", period.to],
          ]}
          what="this statement"
        />
      ) : null}
    </>
  );
}

/** Who looked at which balance's statement, for which period. */
async function auditStatement(actor: Actor, balanceId: string, period: Period, outcome: string) {
  await auditEvent(await auditActor(actor), {
    action: "statement.view",
    recordType: "balance",
    recordId: balanceId,
    request: { from: period.from, to: period.to },
    outcome,
  });
}

export default async function BalanceStatementPage({ params, searchParams }: Props) {
  const actor = await requirePageRole("viewer");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const shown = await balanceForPage(id);
  if (!shown.ok) return shown.fallback;
  const { balance, view } = shown;

  const fromText = firstParam(query, FROM_PARAM);
  const toText = firstParam(query, TO_PARAM);
  const period = periodFromParams(fromText, toText, new Date());
  const picked = period.ok ? period.period : { from: fromText ?? "", to: toText ?? "" };

  const result = period.ok ? await loadStatement(balance, period.period, parsePage(query.page)) : null;
  if (period.ok && result)
    await auditStatement(actor, balance.id, period.period, result.ok ? "ok" : "failed");
  const body = () => {
    if (!period.ok) return <Problem>{period.message}</Problem>;
    if (!result) return null;
    if (!result.ok) {
      if ("kind" in result && result.kind === "too-many") {
        return (
          <Problem>
            This period has more than {MAX_MOVEMENTS.toLocaleString("en-US")} movements, more than one
            statement shows. Choose a shorter period, or export it: the file has every movement.
          </Problem>
        );
      }
      return "error" in result ? <BlnkErrorState error={result.error} /> : null;
    }
    const statement = toStatementView(result.statement);
    return (
      <>
        <StatementCheck view={statement} />
        <section aria-labelledby="statement-chart" className="flex flex-col gap-3">
          <h2 id="statement-chart" className="text-base font-semibold">
            Running balance
          </h2>
          <BalanceChart
            data={statement.chart}
            label={`Running balance, ${statement.period.from} to ${statement.period.to} (UTC)`}
          />
        </section>
        <StatementRows view={statement} />
        <StatementHolds view={statement} />
      </>
    );
  };

  return (
    <>
      <BalanceHeader
        id={view.id}
        currency={view.currency}
        balance={view.amounts.balance}
        title="Statement"
        subtitle={period.ok ? `${period.period.from} to ${period.period.to}, UTC` : undefined}
        actions={<StatementActions balanceId={view.id} period={period.ok ? period.period : null} />}
      />
      <div className="flex flex-col gap-8">
        <StatementPeriodPicker balanceId={view.id} from={picked.from} to={picked.to} />
        {body()}
      </div>
    </>
  );
}
