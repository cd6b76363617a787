import "server-only";
import { answer, defineResponseRoute, type RouteHandler } from "@/lib/actions/define-route";
import { auditActor, auditEvent } from "@/lib/audit/trail";
import type { Access } from "@/lib/auth/roles";
import { EXPORT_FORMATS, type ExportFormat } from "./format";
import type { PlanResult } from "./plan";
import { exportResponse } from "./stream";

// GET /api/export/<table>?format=csv|jsonl&<the table's own query>: every row the table's filters match, as
// a file. The role is checked first (defineResponseRoute), then the format and the filters: a refusal is the
// routes' JSON result with a 400, never a file. Each export asked for goes to the audit log.

const isFormat = (value: string | null): value is ExportFormat =>
  (EXPORT_FORMATS as readonly (string | null)[]).includes(value);

export function exportRoute(
  role: Access,
  planFor: (params: URLSearchParams) => Promise<PlanResult> | PlanResult,
): RouteHandler {
  return defineResponseRoute(role, async (request, actor) => {
    const params = new URL(request.url).searchParams;
    const format = params.get("format");
    if (!isFormat(format)) {
      return answer(400, { ok: false, error: "Choose a format: format=csv or format=jsonl." });
    }
    const planned = await planFor(params);
    if (!planned.ok) return answer(400, { ok: false, error: planned.message });
    const { plan } = planned;
    const who = await auditActor(actor);
    await auditEvent(who, {
      action: `export.${plan.kind}`,
      recordType: plan.recordType,
      recordId: plan.recordId ?? null,
      request: { format, filters: plan.filters },
      outcome: "started",
    });
    return exportResponse(plan, { actor, who, format, signal: request.signal });
  });
}
