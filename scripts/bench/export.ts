// "Export: rows per second" at the run's size: every balance exported as CSV through the dashboard's
// GET /api/export/balances?format=csv (node's fetch; demo mode acts as an Admin, so no cookie), the body read
// to its end as it streams (bytes and newlines counted, SHA-256 taken, nothing kept), then the manifest the
// server stored checked against the file: its rows and hash must be what was read, or the run fails. Beside
// it, the raw Blnk throughput of the same pages (POST /balances/filter by key, 100 a page; a sample of pages,
// extrapolated), and the dashboard's memory peak (RSS of `next start` and its descendants) during the export.
import { createHash } from "node:crypto";
import type { SizeRun } from "./interactions";
import { sampleTreeRss, treeRss } from "./process-memory";
import { log } from "./sample";
import type { Figure } from "./types";

/** Keyset pages of 100 the raw throughput is sampled on. */
const RAW_PAGES = 50;
const PAGE_SIZE = 100;

export type CountedBody = { bytes: number; newlines: number; sha256: string };

/** Reads a stream to its end, counting bytes and newlines and hashing it chunk by chunk. */
export async function countBody(body: ReadableStream<Uint8Array>): Promise<CountedBody> {
  const hash = createHash("sha256");
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    bytes += chunk.byteLength;
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) newlines += 1;
  }
  return { bytes, newlines, sha256: hash.digest("hex") };
}

type Manifest = { rows: number; bytes: number; sha256: string };
type ManifestAnswer =
  | { ok: true; data: { status: "done"; manifest: Manifest } | { status: "failed"; message: string } }
  | { ok: false; error: string };

/** Throws unless the stored manifest names exactly the file read: its rows (lines but the header) and hash. */
export function checkManifest(answer: ManifestAnswer, counted: CountedBody): Manifest {
  if (!answer.ok) throw new Error(`export manifest: ${answer.error}`);
  if (answer.data.status !== "done") throw new Error(`export failed: ${answer.data.message}`);
  const { manifest } = answer.data;
  const rows = counted.newlines - 1;
  const wrong = [
    manifest.rows !== rows ? `rows ${manifest.rows} ≠ ${rows} read` : null,
    manifest.sha256 !== counted.sha256 ? `sha256 ${manifest.sha256} ≠ ${counted.sha256} read` : null,
    manifest.bytes !== counted.bytes ? `bytes ${manifest.bytes} ≠ ${counted.bytes} read` : null,
  ].filter(Boolean);
  if (wrong.length > 0) throw new Error(`export manifest does not match the file: ${wrong.join("; ")}`);
  return manifest;
}

/** The export's body read to its end: its ID and what was read. */
async function readExport(origin: string): Promise<{ id: string; counted: CountedBody }> {
  const response = await fetch(`${origin}/api/export/balances?format=csv`);
  if (!response.ok || !response.body) {
    throw new Error(`export → ${response.status} ${(await response.text()).slice(0, 200)}`);
  }
  const id = response.headers.get("x-export-id");
  const counted = await countBody(response.body);
  if (!id) throw new Error("export answered without an X-Export-Id header");
  return { id, counted };
}

/** The whole export, timed from the request to the last byte, with the dashboard's RSS sampled throughout. */
async function exportAll(origin: string, dashboardPid: number) {
  const before = treeRss(dashboardPid).mb;
  const memory = sampleTreeRss(dashboardPid, 200);
  const start = performance.now();
  try {
    const { id, counted } = await readExport(origin);
    const seconds = (performance.now() - start) / 1000;
    return { id, counted, seconds, before, peak: memory.stop() };
  } finally {
    memory.stop();
  }
}

/** `pages` keyset pages of POST /balances/filter straight to the ledger, as the export's pager asks for them. */
async function rawPages({ raw }: SizeRun, pages: number) {
  let after: string | null = null;
  let rows = 0;
  let ms = 0;
  let read = 0;
  for (; read < pages; read++) {
    const answer = await raw.call("POST", "/balances/filter", {
      filters: after === null ? [] : [{ field: "balance_id", operator: "gt", value: after }],
      include_count: false,
      limit: PAGE_SIZE,
      offset: 0,
      sort_by: "balance_id",
      sort_order: "asc",
    });
    ms += answer.ms;
    const parsed = JSON.parse(answer.text) as { data?: { balance_id: string }[] } | { balance_id: string }[];
    const items = (Array.isArray(parsed) ? parsed : parsed.data) ?? [];
    rows += items.length;
    after = items.at(-1)?.balance_id ?? after;
    if (items.length < PAGE_SIZE) break;
  }
  return { rows, ms, pages: Math.min(read + 1, pages) };
}

export async function measureExport(run: SizeRun, dashboardPid: number, balances: number): Promise<Figure[]> {
  const { size } = run;
  const origin = new URL(run.url).origin;
  log(`${size}: export every balance as CSV`);
  const { id, counted, seconds, before, peak } = await exportAll(origin, dashboardPid);
  const rows = counted.newlines - 1;
  const answer = (await (
    await fetch(`${origin}/api/export/manifest?id=${encodeURIComponent(id)}`)
  ).json()) as ManifestAnswer;
  checkManifest(answer, counted);
  if (rows < balances) throw new Error(`export: ${rows} rows, fewer than the ${balances} balances seeded`);
  log(
    `${size}: export ${id}: ${rows.toLocaleString("en-US")} rows, ${counted.bytes.toLocaleString("en-US")} bytes in ${seconds.toFixed(1)} s; manifest matches (sha256 ${counted.sha256.slice(0, 12)}…); dashboard RSS ${before.toFixed(0)} MB before, peak ${peak.peakMb.toFixed(0)} MB over ${peak.processes} processes (${peak.samples} samples)`,
  );
  const sample = await rawPages(run, RAW_PAGES);
  const rawRate = sample.rows / (sample.ms / 1000);
  log(
    `${size}: raw: ${sample.pages} keyset pages, ${sample.rows} rows in ${sample.ms.toFixed(0)} ms (${rawRate.toFixed(0)} rows/s)`,
  );
  const count = rows.toLocaleString("en-US");
  return [
    {
      id: "export_rows_per_s",
      label: `Export: rows per second (CSV of every balance, ${count} rows)`,
      unit: "rows/s",
      value: rows / seconds,
    },
    {
      id: "export_total_s",
      label: `Export: total seconds (${count} rows; rows and SHA-256 match the manifest)`,
      unit: "s",
      value: seconds,
    },
    {
      id: "export_raw_rows_per_s",
      label: `Export: raw Blnk rows per second (POST /balances/filter, ${sample.pages} keyset pages of ${PAGE_SIZE}, extrapolated)`,
      unit: "rows/s",
      value: rawRate,
    },
    {
      id: "export_memory_peak_mb",
      label: "Export: dashboard memory peak (RSS of next start and its descendants, sampled every 200 ms)",
      unit: "MB",
      value: peak.peakMb,
    },
    {
      id: "export_memory_before_mb",
      label: "Export: dashboard memory just before it (the same RSS, one reading)",
      unit: "MB",
      value: before,
    },
  ];
}
