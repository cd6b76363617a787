import { HealthBadge, HealthChecklist } from "@/components/balances/health-badge";
import type { HealthReport } from "@/lib/health";

/** The overall badge with its reason, then every check with its status and reason. */
export async function BalanceHealth({ report }: { report: Promise<HealthReport> }) {
  const resolved = await report;
  return (
    <div className="flex flex-col gap-3">
      <HealthBadge report={resolved} showReason />
      <section aria-label="Health checks" className="rounded-md border bg-surface p-3">
        <HealthChecklist report={resolved} />
      </section>
    </div>
  );
}
