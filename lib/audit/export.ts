import "server-only";
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { type AppTables, appDb } from "@/lib/db";
import { csvCell } from "@/lib/export/format";
import { canonicalJson, entryColumns, type StoredAuditEntry } from "./chain";
import { type AuditFilters, readAuditBatch } from "./store";

// The audit log as a file: CSV or JSON Lines, oldest entry first, every entry matching the filters up to a
// fixed last entry (`through`). The log only grows, so the same request always gives the same bytes, and the
// manifest (rows, SHA-256) is computed by reading them again: it matches the file that was downloaded.

export type AuditExportFormat = "csv" | "jsonl";

export const AUDIT_COLUMNS = [
  "seq",
  "at",
  "actor_id",
  "actor_email",
  "actor_role",
  "client_address",
  "action",
  "record_type",
  "record_id",
  "request",
  "outcome",
  "attempt_seq",
  "prev_hash",
  "hash",
] as const;

/** An entry as the export's columns. */
export function auditRow(entry: StoredAuditEntry): Record<(typeof AUDIT_COLUMNS)[number], string | null> {
  return {
    ...entryColumns(entry.seq, entry),
    at: new Date(entry.at).toISOString(),
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}

export function exportLine(entry: StoredAuditEntry, format: AuditExportFormat): string {
  const values = auditRow(entry);
  if (format === "jsonl") return `${canonicalJson(values)}\n`;
  return `${AUDIT_COLUMNS.map((column) => csvCell(values[column])).join(",")}\r\n`;
}

export function exportHeader(format: AuditExportFormat): string {
  return format === "csv" ? `${AUDIT_COLUMNS.join(",")}\r\n` : "";
}

/** Every line of the file, header first, read in batches (never the whole log in memory). */
export async function* exportLines(
  format: AuditExportFormat,
  filters: AuditFilters,
  through: number,
  db?: Kysely<AppTables>,
): AsyncGenerator<string> {
  const database = db ?? (await appDb());
  yield exportHeader(format);
  let after = 0;
  for (;;) {
    const batch = await readAuditBatch({ filters, after, through }, database);
    if (batch.length === 0) return;
    for (const entry of batch) yield exportLine(entry, format);
    after = batch[batch.length - 1]?.seq ?? through;
  }
}

export type AuditManifest = {
  file: string;
  format: AuditExportFormat;
  rows: number;
  sha256: string;
  through: number;
  filters: AuditFilters;
  generatedAt: string;
  generatedBy: string;
};

/** The manifest of the file these arguments give: its row count and SHA-256, from reading it again. */
export async function auditManifest(
  format: AuditExportFormat,
  filters: AuditFilters,
  through: number,
  generatedBy: string,
  db?: Kysely<AppTables>,
): Promise<AuditManifest> {
  const hash = createHash("sha256");
  let lines = 0;
  for await (const line of exportLines(format, filters, through, db)) {
    hash.update(line);
    lines += 1;
  }
  return {
    file: exportFileName(format, through),
    format,
    // The first line is the header (empty for JSON Lines).
    rows: lines - 1,
    sha256: hash.digest("hex"),
    through,
    filters,
    generatedAt: new Date().toISOString(),
    generatedBy,
  };
}

export function exportFileName(format: AuditExportFormat, through: number): string {
  return `ledger-desk-audit-through-${through}.${format === "csv" ? "csv" : "jsonl"}`;
}
