import "server-only";
import { auditFilters, parseAuditQuery } from "@/app/(dashboard)/audit/_lib/query";
import { AUDIT_COLUMNS, auditRow } from "@/lib/audit/export";
import { latestAuditSeq, readAuditBatch } from "@/lib/audit/store";
import { appDb } from "@/lib/db";
import type { Row } from "@/lib/export/format";
import type { PlanResult } from "@/lib/export/plan";

// The audit log through the same export as the tables (rows so far, Cancel, the manifest checked), oldest
// entry first, up to the newest entry when it was asked for: its own request comes after and is not in it.

export async function auditPlan(params: URLSearchParams): Promise<PlanResult> {
  const filters = auditFilters(parseAuditQuery(params));
  const through = await latestAuditSeq();
  return {
    ok: true,
    plan: {
      kind: "audit",
      name: `audit-through-${through}`,
      recordType: "audit_log",
      columns: AUDIT_COLUMNS,
      filters: { ...filters, through },
      rows: async (signal) => {
        const db = await appDb();
        async function* rows(): AsyncGenerator<Row> {
          for (let after = 0; ; ) {
            signal.throwIfAborted();
            const batch = await readAuditBatch({ filters, after, through }, db);
            if (batch.length === 0) return;
            for (const entry of batch) yield auditRow(entry);
            after = batch[batch.length - 1]?.seq ?? through;
          }
        }
        return { rows: rows(), paging: () => ({ order: "seq ascending", by: "key" as const }) };
      },
    },
  };
}
