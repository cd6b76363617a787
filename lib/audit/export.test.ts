import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appDb } from "@/lib/db";
import { csvCell } from "@/lib/export/format";
import { appDbForFile } from "@/lib/test-support/app-db";
import type { AuditEntry } from "./chain";
import { auditManifest, exportLines } from "./export";
import { appendAudit, latestAuditSeq } from "./store";

const { database } = appDbForFile("audit-export-test-");

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: Date.parse("2026-12-01T10:00:00Z"),
  actorId: "usr_1",
  actorEmail: "ops@example.com",
  actorRole: "operator",
  clientAddress: "10.0.0.1",
  action: "balance.create",
  recordType: "balance",
  recordId: null,
  request: '{"amount":10000000000000000000000000000000000000001,"note":"a, \\"quoted\\" one"}',
  outcome: "attempted",
  attemptSeq: null,
  ...overrides,
});

async function file(format: "csv" | "jsonl", through: number, filters = {}) {
  const db = await appDb(database);
  let text = "";
  for await (const line of exportLines(format, filters, through, db)) text += line;
  return text;
}

describe("exporting the audit log", () => {
  it("writes CSV and JSON Lines, oldest first, a 40-digit amount exact, and a manifest that matches the bytes", async () => {
    const db = await appDb(database);
    await appendAudit(entry(), db);
    await appendAudit(
      entry({ action: "auth.sign_in_failed", actorEmail: "=HYPERLINK(1)", outcome: "invalid_credentials" }),
      db,
    );
    const through = await latestAuditSeq(db);

    const csv = await file("csv", through);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "seq,at,actor_id,actor_email,actor_role,client_address,action,record_type,record_id,request,outcome,attempt_seq,prev_hash,hash",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("2026-12-01T10:00:00.000Z");
    expect(lines[1]).toContain(
      '"{""amount"":10000000000000000000000000000000000000001,""note"":""a, \\""quoted\\"" one""}"',
    );
    // A cell a spreadsheet would run as a formula is defused.
    expect(lines[2]).toContain(",'=HYPERLINK(1),");

    const jsonl = await file("jsonl", through);
    const rows = jsonl
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, string>);
    expect(rows.map((row) => row.action)).toEqual(["balance.create", "auth.sign_in_failed"]);
    expect(rows[0]?.request).toContain("10000000000000000000000000000000000000001");

    for (const [format, text] of [
      ["csv", csv],
      ["jsonl", jsonl],
    ] as const) {
      const manifest = await auditManifest(format, {}, through, "auditor@example.com", db);
      expect(manifest).toMatchObject({ rows: 2, through, generatedBy: "auditor@example.com" });
      expect(manifest.sha256).toBe(createHash("sha256").update(text).digest("hex"));
    }
  });

  it("gives the same file for the same `through` after the log has grown, and filters like the page", async () => {
    const db = await appDb(database);
    const through = await latestAuditSeq(db);
    const before = await file("jsonl", through);
    await appendAudit(entry({ action: "user.role_change" }), db);
    expect(await file("jsonl", through)).toBe(before);
    const failed = await file("jsonl", through + 1, { action: "auth.sign_in_failed" });
    expect(failed.trimEnd().split("\n")).toHaveLength(1);
  });

  it("quotes what CSV needs quoted and leaves the rest alone", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });
});
