import { auditFilters, parseAuditQuery } from "@/app/(dashboard)/audit/_lib/query";
import { type AuditExportFormat, auditManifest, exportFileName, exportLines } from "@/lib/audit/export";
import { latestAuditSeq } from "@/lib/audit/store";
import { auditActor, auditEvent } from "@/lib/audit/trail";
import { getActor } from "@/lib/auth/actor";
import { hasAccess } from "@/lib/auth/roles";
import { logError } from "@/lib/logging/log";

// GET /audit/export?format=csv|jsonl&through=<seq>&who=…&action=…&record=…&from=…&to=…[&manifest=1]
// The audit log as a file, streamed in batches, or (manifest=1) its manifest: rows, SHA-256, filters, who.
// `through` fixes the last entry, so the file and its manifest describe the same bytes.

const CONTENT_TYPES: Record<AuditExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
};

const refuse = (status: number, message: string) =>
  new Response(JSON.stringify({ error: message }), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return refuse(401, "Sign in first.");
  if (!hasAccess(actor.role, "oversight"))
    return refuse(403, "Only Admins and Auditors may export the audit log.");
  const params = new URL(request.url).searchParams;
  const format = params.get("format");
  if (format !== "csv" && format !== "jsonl") return refuse(400, "Choose format=csv or format=jsonl.");
  const latest = await latestAuditSeq();
  const asked = params.get("through");
  const through = asked === null ? latest : Number(asked);
  if (!Number.isSafeInteger(through) || through < 0 || through > latest)
    return refuse(400, `through must be an entry number from 0 to ${latest}.`);
  const filters = auditFilters(parseAuditQuery(params));
  const who = await auditActor(actor);
  const by = actor.email ?? actor.id;

  if (params.get("manifest") === "1") {
    const manifest = await auditManifest(format, filters, through, by);
    return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${manifest.file}.manifest.json"`,
      },
    });
  }

  await auditEvent(who, {
    action: "audit.export",
    recordType: "audit_log",
    request: { format, through, filters },
    outcome: "ok",
  });
  const lines = exportLines(format, filters, through);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // Cut short: the file cannot pass for complete (no manifest matches it).
        logError("audit_export_failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFileName(format, through)}"`,
      "Cache-Control": "no-store",
      "X-Audit-Through": String(through),
    },
  });
}
