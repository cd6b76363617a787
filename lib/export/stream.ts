import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { answer } from "@/lib/actions/define-route";
import { type AuditActor, auditEvent } from "@/lib/audit/trail";
import type { Actor } from "@/lib/auth/actor";
import { getBlnkConfig } from "@/lib/blnk";
import { displayUrl } from "@/lib/blnk/config";
import { BlnkConfigError, BlnkError } from "@/lib/blnk/errors";
import { logError } from "@/lib/logging/log";
import { CONTENT_TYPES, type ExportFormat, headerLine, type Row, rowLine } from "./format";
import type { ExportPlan, ExportRows } from "./plan";
import { type ExportManifest, saveFailure, saveManifest } from "./store";

/*
 * An export as an HTTP response: the file streamed as Blnk's pages arrive (at most a page of rows held at
 * once; the stream pulls the next page only when the browser has taken the last), hashed as it goes. Only
 * when the last row is out is the manifest written, and only then does the stream end cleanly: a failure
 * midway ends it with an error, so the download is cut short (no reader takes it for complete), and the
 * export is recorded as failed, with why and no manifest.
 */

/** Rows per chunk: one Blnk page at most. */
const CHUNK_ROWS = 100;

export const EXPORT_ID_HEADER = "X-Export-Id";

export const newExportId = () => `exp_${randomBytes(12).toString("hex")}`;

/** "20261203T174000Z": a file name's time, in UTC. */
const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");

export function exportFileName(plan: Pick<ExportPlan, "name">, format: ExportFormat, at: Date): string {
  return `ledger-desk-${plan.name}-${stamp(at)}.${format}`;
}

/** Why an export stopped, in the words the person reads. */
export function failureMessage(error: unknown, rows: number): string {
  const why =
    error instanceof BlnkError
      ? error.toPlain().userMessage
      : error instanceof BlnkConfigError
        ? error.message
        : "Ledger Desk could not finish it.";
  if (rows === 0) return `Nothing was exported: ${why}`;
  const after = `after ${rows.toLocaleString("en-US")} ${rows === 1 ? "row" : "rows"}`;
  return `The export stopped ${after}: ${why} The file is incomplete, so it has no manifest.`;
}

type Context = { actor: Actor; who: AuditActor; format: ExportFormat; signal: AbortSignal };

/** One export under way: what it has written, and how it ends (once). */
function exportRun(plan: ExportPlan, context: Context) {
  const { actor, who, format } = context;
  const id = newExportId();
  const startedAt = new Date();
  const file = exportFileName(plan, format, startedAt);
  const hash = createHash("sha256");
  const encoder = new TextEncoder();
  const state = { rows: 0, bytes: 0, finished: false, source: null as ExportRows | null };

  // The request's entry is written before the first row (route.ts); this one says how it ended.
  const audit = (outcome: string, request: Record<string, unknown>) =>
    auditEvent(who, {
      action: `export.${plan.kind}`,
      recordType: plan.recordType,
      recordId: plan.recordId ?? null,
      request: { export_id: id, format, ...request },
      outcome,
    });

  const manifest = (): ExportManifest => ({
    export_id: id,
    file,
    kind: plan.kind,
    format,
    rows: state.rows,
    bytes: state.bytes,
    sha256: hash.digest("hex"),
    columns: plan.columns,
    filters: plan.filters,
    ...(plan.recordId ? { record_id: plan.recordId } : {}),
    ...plan.details?.(),
    order: state.source?.paging()?.order ?? null,
    blnk_url: displayUrl(getBlnkConfig().baseUrl),
    generated_at: startedAt.toISOString(),
    completed_at: new Date().toISOString(),
    generated_by: { id: actor.id, email: actor.email, role: actor.role },
  });

  return {
    id,
    file,
    state,
    emit(controller: ReadableStreamDefaultController<Uint8Array>, text: string) {
      const chunk = encoder.encode(text);
      hash.update(chunk);
      state.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    async succeed() {
      if (state.finished) return;
      state.finished = true;
      let done: ExportManifest;
      try {
        done = manifest();
        await saveManifest(actor.id, done);
      } catch (error) {
        // Not stored: the export has not finished, so the failure (pull's catch) is recorded instead.
        state.finished = false;
        throw error;
      }
      await audit("ok", { rows: state.rows, sha256: done.sha256 });
    },
    async fail(outcome: "failed" | "cancelled", message: string) {
      if (state.finished) return;
      state.finished = true;
      await saveFailure({ id, userId: actor.id, kind: plan.kind, rows: state.rows, message });
      await audit(outcome, { rows: state.rows });
    },
  };
}

const CANCELLED = "The export was cancelled.";

/**
 * The first row is read before anything is sent: a Blnk that cannot be reached or refuses the first page
 * answers a plain 502 with why, not a file that breaks at once. Later failures cut the stream short.
 */
export async function exportResponse(plan: ExportPlan, context: Context): Promise<Response> {
  const { format, signal } = context;
  const run = exportRun(plan, context);
  const { state } = run;
  let first: IteratorResult<Row>;
  try {
    state.source = await plan.rows(signal);
    first = await state.source.rows.next();
  } catch (error) {
    logError("export_failed", error, { kind: plan.kind, rows: 0 });
    const message = failureMessage(error, 0);
    await run.fail("failed", message);
    const refused = answer(502, { ok: false, error: message });
    refused.headers.set(EXPORT_ID_HEADER, run.id);
    return refused;
  }
  const source = state.source;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      run.emit(controller, headerLine(format, plan.columns));
    },
    async pull(controller) {
      try {
        let text = "";
        for (let taken = 0; taken < CHUNK_ROWS; taken += 1) {
          const next = first.done === false ? first : await source.rows.next();
          first = { done: true, value: undefined };
          if (next.done) {
            if (text) run.emit(controller, text);
            await run.succeed();
            controller.close();
            return;
          }
          text += rowLine(format, plan.columns, next.value);
          state.rows += 1;
        }
        run.emit(controller, text);
      } catch (error) {
        if (!signal.aborted) logError("export_failed", error, { kind: plan.kind, rows: state.rows });
        if (signal.aborted) await run.fail("cancelled", CANCELLED);
        else await run.fail("failed", failureMessage(error, state.rows));
        controller.error(error);
      }
    },
    async cancel() {
      await run.fail("cancelled", CANCELLED);
      await source.rows.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${run.file}"`,
      "Cache-Control": "private, no-store",
      [EXPORT_ID_HEADER]: run.id,
    },
  });
}
