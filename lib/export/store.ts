import "server-only";
import { appDb } from "@/lib/db";

// How each export ended, in Ledger Desk's own database so any dashboard instance can answer for it: the
// manifest of one that completed; for one that did not, why, and no manifest.

export type ExportManifest = {
  export_id: string;
  file: string;
  kind: string;
  format: string;
  rows: number;
  bytes: number;
  sha256: string;
  columns: readonly string[];
  filters: Record<string, unknown>;
  order: string | null;
  blnk_url: string;
  generated_at: string;
  completed_at: string;
  generated_by: { id: string; email: string | null; role: string | null };
  [extra: string]: unknown;
};

export type ExportRecord =
  | { status: "done"; userId: string; manifest: ExportManifest }
  | { status: "failed"; userId: string; rows: number; message: string };

/** What the browser is told about an export: its manifest, or why it has none. */
export type ExportOutcome =
  | { status: "done"; manifest: ExportManifest }
  | { status: "failed"; rows: number; message: string };

export async function saveManifest(userId: string, manifest: ExportManifest): Promise<void> {
  const db = await appDb();
  await db
    .insertInto("ledger_desk_export")
    .values({
      id: manifest.export_id,
      user_id: userId,
      kind: manifest.kind,
      status: "done",
      manifest: JSON.stringify(manifest),
      message: null,
      rows: String(manifest.rows),
      created_at: String(Date.now()),
    })
    .execute();
}

/** Records that an export stopped short; never throws (the person is told either way). */
export async function saveFailure(failure: {
  id: string;
  userId: string;
  kind: string;
  rows: number;
  message: string;
}): Promise<void> {
  try {
    const db = await appDb();
    await db
      .insertInto("ledger_desk_export")
      .values({
        id: failure.id,
        user_id: failure.userId,
        kind: failure.kind,
        status: "failed",
        manifest: null,
        message: failure.message,
        rows: String(failure.rows),
        created_at: String(Date.now()),
      })
      .onConflict((conflict) => conflict.column("id").doNothing())
      .execute();
  } catch {
    // The stream has already ended unfinished; no manifest exists, which is what matters.
  }
}

export async function readExport(id: string): Promise<ExportRecord | null> {
  const db = await appDb();
  const row = await db.selectFrom("ledger_desk_export").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  if (row.status === "done" && row.manifest) {
    return { status: "done", userId: row.user_id, manifest: JSON.parse(row.manifest) as ExportManifest };
  }
  return { status: "failed", userId: row.user_id, rows: Number(row.rows), message: row.message ?? "" };
}
