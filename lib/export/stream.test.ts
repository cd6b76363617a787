import { createHash } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { latestAuditSeq, readAuditBatch } from "@/lib/audit/store";
import type { AuditActor } from "@/lib/audit/trail";
import { BlnkError } from "@/lib/blnk/errors";
import { appDb } from "@/lib/db";
import { OPS } from "@/lib/test-support/actors";
import { appDbForFile } from "@/lib/test-support/app-db";
import type { ExportFormat, Row } from "./format";
import type { ExportPlan } from "./plan";
import { readExport } from "./store";
import { EXPORT_ID_HEADER, exportResponse } from "./stream";

// exportResponse with a plan of hand-made rows (nothing of Blnk runs): the body is the header and every row,
// the manifest stored once the last row is out matches the bytes received; a failure midway, an aborted
// request and a cancelled download each cut the body short and are recorded without a manifest.

const { database } = appDbForFile("export-stream-test-");
process.env.AUTH_DATA_DIR = database.dataDir;
process.env.BLNK_URL = "http://127.0.0.1:5999/";

const WHO: AuditActor = { actorId: OPS.id, actorEmail: OPS.email, actorRole: OPS.role, clientAddress: null };
const BIG = 10n ** 40n + 1n;
const COLUMNS = ["n", "amount", "note"];

const row = (n: number): Row => ({ n: String(n), amount: BIG * BigInt(n), note: n % 2 ? 'a "b", c' : null });

async function* rowsOf(count: number, make: (n: number) => Row): AsyncGenerator<Row> {
  for (let n = 1; n <= count; n += 1) yield make(n);
}

/** A wait the test opens, or that the signal ends as a fetch would (rejecting with its reason). */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const until = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      opened.then(resolve);
    });
  return { open, until };
}

/** Every chunk of the body until it ends or breaks, and what broke it. */
async function readChunks(response: Response) {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { chunks, error: null };
      chunks.push(value);
    }
  } catch (error) {
    return { chunks, error };
  }
}

async function readBody(response: Response): Promise<Buffer> {
  const { chunks, error } = await readChunks(response);
  if (error) throw error;
  return Buffer.concat(chunks);
}

/** The outcomes the audit log holds for the record, oldest first (the route writes "started", not this). */
async function auditOutcomes(recordId: string): Promise<string[]> {
  const db = await appDb(database);
  const entries = await readAuditBatch(
    { filters: { recordId }, after: 0, through: await latestAuditSeq(db) },
    db,
  );
  return entries.map((entry) => entry.outcome);
}

function plan(rows: (signal: AbortSignal) => AsyncGenerator<Row>, recordId: string): ExportPlan {
  return {
    kind: "balances",
    name: "balances",
    columns: COLUMNS,
    filters: { "f.currency.eq": "USD" },
    recordType: "balances",
    recordId,
    details: () => ({ note: "details asked at the end" }),
    rows: (signal) => ({ rows: rows(signal), paging: () => ({ order: "n ascending", by: "key" }) }),
  };
}

async function start(
  exportPlan: ExportPlan,
  format: ExportFormat = "csv",
  controller = new AbortController(),
) {
  const response = await exportResponse(exportPlan, {
    actor: OPS,
    who: WHO,
    format,
    signal: controller.signal,
  });
  return { response, id: response.headers.get(EXPORT_ID_HEADER) ?? "", controller };
}

describe("an export that completes", () => {
  it("streams the header and every row, and stores a manifest matching the bytes received", async () => {
    const { response, id } = await start(plan(() => rowsOf(250, row), "rec_done_csv"));
    expect(id).toMatch(/^exp_[0-9a-f]{24}$/);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="ledger-desk-balances-\d{8}T\d{6}Z\.csv"$/,
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = await readBody(response);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe("n,amount,note");
    expect(lines[1]).toBe(`1,${BIG},"a ""b"", c"`);
    expect(lines[250]).toBe(`250,${BIG * 250n},`);
    expect(lines).toHaveLength(252);

    const found = await readExport(id);
    if (found?.status !== "done") throw new Error(`not done: ${JSON.stringify(found)}`);
    expect(found.userId).toBe(OPS.id);
    expect(found.manifest).toMatchObject({
      export_id: id,
      kind: "balances",
      format: "csv",
      rows: 250,
      bytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      columns: COLUMNS,
      filters: { "f.currency.eq": "USD" },
      record_id: "rec_done_csv",
      note: "details asked at the end",
      order: "n ascending",
      blnk_url: "http://127.0.0.1:5999",
      generated_by: { id: OPS.id, email: OPS.email, role: OPS.role },
    });
    expect(response.headers.get("Content-Disposition")).toContain(found.manifest.file);
    expect(await auditOutcomes("rec_done_csv")).toEqual(["ok"]);
  });

  it("writes JSON Lines without a header, and an export of no rows has a manifest too", async () => {
    const jsonl = await start(
      plan(() => rowsOf(3, row), "rec_done_jsonl"),
      "jsonl",
    );
    const bytes = await readBody(jsonl.response);
    const lines = new TextDecoder().decode(bytes).trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).amount)).toEqual([1n, 2n, 3n].map((n) => String(BIG * n)));
    const found = await readExport(jsonl.id);
    expect(found).toMatchObject({ status: "done", manifest: { rows: 3, bytes: bytes.byteLength } });

    const empty = await start(plan(() => rowsOf(0, row), "rec_done_empty"));
    const header = await readBody(empty.response);
    expect(new TextDecoder().decode(header)).toBe("n,amount,note\r\n");
    expect(await readExport(empty.id)).toMatchObject({ status: "done", manifest: { rows: 0, bytes: 15 } });
  });
});

/** Runs `run` while the app database refuses to store a completed export (as on a full disk). */
async function whileManifestRefused(run: () => Promise<void>) {
  const db = await appDb(database);
  await sql`CREATE OR REPLACE FUNCTION test_refuse_manifest() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'no space left on device'; END $$`.execute(db);
  await sql`CREATE TRIGGER test_refuse_manifest BEFORE INSERT ON ledger_desk_export
    FOR EACH ROW WHEN (NEW.status = 'done') EXECUTE FUNCTION test_refuse_manifest()`.execute(db);
  try {
    await run();
  } finally {
    await sql`DROP TRIGGER test_refuse_manifest ON ledger_desk_export`.execute(db);
  }
}

const refused = new BlnkError({ status: 503, code: "SERVICE_DOWN", kind: "server", message: "down" });

describe("an export that fails midway", () => {
  it("ends the body with an error and records why, naming the rows, with no manifest", async () => {
    async function* failing() {
      yield* rowsOf(150, row);
      throw refused;
    }
    const { response, id } = await start(plan(failing, "rec_failed"));
    const { chunks, error } = await readChunks(response);
    expect(error).toBe(refused);
    // The header and the first 100 rows went out; the 50 after them never did.
    expect(new TextDecoder().decode(Buffer.concat(chunks)).split("\r\n")).toHaveLength(102);
    const found = await readExport(id);
    expect(found).toEqual({
      status: "failed",
      userId: OPS.id,
      rows: 150,
      message: `The export stopped after 150 rows: ${refused.userMessage} The file is incomplete, so it has no manifest.`,
    });
    expect(await auditOutcomes("rec_failed")).toEqual(["failed"]);
  });

  it("says Ledger Desk could not finish it for an error that is not Blnk's, and 0 rows before any", async () => {
    const failing: ExportPlan = {
      ...plan(() => rowsOf(1, row), "rec_failed_plain"),
      rows: () => Promise.reject(new TypeError("boom")),
    };
    // Before the first row nothing is sent but a refusal: no file starts.
    const { response, id } = await start(failing);
    expect(response.status).toBe(502);
    const message = "Nothing was exported: Ledger Desk could not finish it.";
    expect(await response.json()).toEqual({ ok: false, error: message });
    expect(await readExport(id)).toMatchObject({ status: "failed", rows: 0, message });
  });
});

describe("an export whose manifest cannot be stored", () => {
  it("ends the body with an error and records the export as failed, not as unknown", async () => {
    await whileManifestRefused(async () => {
      const { response, id } = await start(plan(() => rowsOf(3, row), "rec_no_manifest"));
      expect((await readChunks(response)).error).toBeInstanceOf(Error);
      expect(await readExport(id)).toEqual({
        status: "failed",
        userId: OPS.id,
        rows: 3,
        message:
          "The export stopped after 3 rows: Ledger Desk could not finish it. The file is incomplete, so it has no manifest.",
      });
      expect(await auditOutcomes("rec_no_manifest")).toEqual(["failed"]);
    });
  });
});

describe("an export stopped by the person", () => {
  it("records an aborted request as cancelled, with no manifest", async () => {
    const wait = gate();
    async function* slow(signal: AbortSignal) {
      yield* rowsOf(100, row);
      await wait.until(signal);
      yield* rowsOf(10, row);
    }
    const { response, id, controller } = await start(plan(slow, "rec_aborted"));
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    await reader.read();
    await reader.read();
    // Nothing is stored while the export is under way.
    expect(await readExport(id)).toBeNull();
    controller.abort(new DOMException("The operation was aborted.", "AbortError"));
    await expect(reader.read()).rejects.toThrow("aborted");
    expect(await readExport(id)).toEqual({
      status: "failed",
      userId: OPS.id,
      rows: 100,
      message: "The export was cancelled.",
    });
    expect(await auditOutcomes("rec_aborted")).toEqual(["cancelled"]);
  });

  it("records a cancelled download as cancelled, and ends the rows", async () => {
    const wait = gate();
    let ended = false;
    async function* slow(signal: AbortSignal) {
      try {
        yield* rowsOf(100, row);
        await wait.until(signal);
        yield* rowsOf(1000, row);
      } finally {
        ended = true;
      }
    }
    const { response, id } = await start(plan(slow, "rec_cancelled"));
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    await reader.read();
    await reader.read();
    const cancelling = reader.cancel();
    wait.open();
    await cancelling;
    expect(ended).toBe(true);
    expect(await readExport(id)).toMatchObject({
      status: "failed",
      rows: 100,
      message: "The export was cancelled.",
    });
    expect(await auditOutcomes("rec_cancelled")).toEqual(["cancelled"]);
  });
});
