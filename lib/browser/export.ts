// The browser's side of an export (no server code): read the file as it streams, count its rows as they
// arrive, keep its bytes, and when it ends ask the server for its manifest. A file whose stream broke, or
// whose export the server did not record as complete, is never offered: only a failure message is.

import type { ActionResult } from "@/lib/actions/result";
import type { ExportFormat } from "@/lib/export/format";
import type { ExportManifest, ExportOutcome } from "@/lib/export/store";

export type { ExportManifest };

/**
 * Counts the records of a file as its bytes arrive: lines for JSON Lines; for CSV, line ends outside quoted
 * cells (a cell may hold a line break), the header aside. Quotes inside a cell are doubled, so each toggles
 * the state twice and the count stays right across chunk boundaries.
 */
export class RowCounter {
  private inQuotes = false;
  private lines = 0;
  constructor(private readonly format: ExportFormat) {}
  push(chunk: Uint8Array): void {
    const csv = this.format === "csv";
    for (const byte of chunk) {
      if (csv && byte === 0x22) this.inQuotes = !this.inQuotes;
      else if (byte === 0x0a && !this.inQuotes) this.lines += 1;
    }
  }
  get rows(): number {
    return this.format === "csv" ? Math.max(0, this.lines - 1) : this.lines;
  }
}

export type ExportDone = {
  file: File;
  manifest: ExportManifest;
  /** The SHA-256 of the bytes received, which must be the manifest's. */
  sha256: string;
};

export type ExportRun = { onRows: (rows: number) => void; signal: AbortSignal };

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, "0")).join("");

async function refusal(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string | null };
    if (body.error) return body.error;
  } catch {
    // not the routes' JSON
  }
  return `Ledger Desk refused the export (HTTP ${response.status}).`;
}

async function outcomeOf(id: string): Promise<ExportOutcome | string> {
  try {
    const response = await fetch(`/api/export/manifest?id=${encodeURIComponent(id)}`);
    const result = (await response.json()) as ActionResult<ExportOutcome>;
    return result.ok ? result.data : (result.error ?? "Ledger Desk could not say how the export ended.");
  } catch {
    return "Ledger Desk could not say how the export ended.";
  }
}

/** Streams `url`; resolves with the file and its manifest, or throws an Error whose message says what happened. */
export async function runExport(url: string, format: ExportFormat, run: ExportRun): Promise<ExportDone> {
  const response = await fetch(url, { signal: run.signal, cache: "no-store" });
  if (!response.ok || !response.body) throw new Error(await refusal(response));
  const id = response.headers.get("X-Export-Id") ?? "";
  const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "export";
  const counter = new RowCounter(format);
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      counter.push(value);
      run.onRows(counter.rows);
    }
  } catch (error) {
    if (run.signal.aborted) throw error;
    const outcome = id ? await outcomeOf(id) : null;
    throw new Error(
      typeof outcome === "object" && outcome?.status === "failed"
        ? outcome.message
        : `The export stopped after ${counter.rows.toLocaleString("en-US")} rows: the connection broke. The file is incomplete, so it has no manifest.`,
    );
  }
  const outcome = await outcomeOf(id);
  if (typeof outcome === "string") throw new Error(outcome);
  if (outcome.status === "failed") throw new Error(outcome.message);
  const file = new File(chunks as BlobPart[], name, { type: response.headers.get("Content-Type") ?? "" });
  const sha256 = hex(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()));
  return { file, manifest: outcome.manifest, sha256 };
}

/** Saves `blob` as `name` through the browser's download. */
export function saveAs(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The manifest as the file saved beside the export. */
export function manifestFile(manifest: ExportManifest): Blob {
  return new Blob([`${JSON.stringify(manifest, null, 2)}\n`], { type: "application/json" });
}
