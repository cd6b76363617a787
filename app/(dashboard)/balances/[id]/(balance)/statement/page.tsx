import { ArrowLeftIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { BalanceChart } from "@/components/statement/balance-chart";
import { buttonVariants } from "@/components/ui/button";
import { parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/auth/actor";
import { firstParam } from "@/lib/search-params";
import { FROM_PARAM, periodFromParams, TO_PARAM } from "@/lib/statement/period";
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

export default async function BalanceStatementPage({ params, searchParams }: Props) {
  await requirePageRole("viewer");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const shown = await balanceForPage(id);
  if (!shown.ok) return shown.fallback;
  const { balance, view } = shown;

  const fromText = firstParam(query, FROM_PARAM);
  const toText = firstParam(query, TO_PARAM);
  const period = periodFromParams(fromText, toText, new Date());
  const picked = period.ok ? period.period : { from: fromText ?? "", to: toText ?? "" };

  const result = period.ok ? await loadStatement(balance, period.period, parsePage(query.page)) : null;
  const body = () => {
    if (!period.ok) return <Problem>{period.message}</Problem>;
    if (!result) return null;
    if (!result.ok) {
      if ("kind" in result && result.kind === "too-many") {
        return (
          <Problem>
            This period has more than {MAX_MOVEMENTS.toLocaleString("en-US")} movements, more than one
            statement shows. Choose a shorter period.
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
        actions={
          <Link href={`/balances/${view.id}`} className={buttonVariants({ size: "sm" })}>
            <ArrowLeftIcon aria-hidden /> Back to balance
          </Link>
        }
      />
      <div className="flex flex-col gap-8">
        <StatementPeriodPicker balanceId={view.id} from={picked.from} to={picked.to} />
        {body()}
      </div>
    </>
  );
}
