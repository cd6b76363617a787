import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { appDb } from "@/lib/db";
import { appDbForFile } from "@/lib/test-support/app-db";
import type { AuditEntry } from "./chain";
import { appendAudit, listAudit, verifyAuditChain } from "./store";

// The audit log in a real embedded database of this file's own.
const { database } = appDbForFile("audit-store-test-");

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: Date.now(),
  actorId: "usr_1",
  actorEmail: "ops@example.com",
  actorRole: "operator",
  clientAddress: "127.0.0.1",
  action: "balance.create",
  recordType: "balance",
  recordId: null,
  request: '{"currency":"USD"}',
  outcome: "attempted",
  attemptSeq: null,
  ...overrides,
});

describe("the audit log store", () => {
  it("appends entries in one chain and lists them newest first, filtered", async () => {
    const db = await appDb(database);
    const first = await appendAudit(entry(), db);
    const second = await appendAudit(entry({ outcome: "ok", recordId: "bln_a", attemptSeq: first.seq }), db);
    await appendAudit(
      entry({ actorEmail: "admin@example.com", action: "user.role_change", recordId: "usr_9" }),
      db,
    );
    expect(second.prevHash).toBe(first.hash);
    const newest = await listAudit({ limit: 2, offset: 0 }, db);
    expect(newest.map((item) => item.action)).toEqual(["user.role_change", "balance.create"]);
    expect(
      (await listAudit({ filters: { recordId: "bln_a" }, limit: 10, offset: 0 }, db)).map((e) => e.seq),
    ).toEqual([second.seq]);
    expect(
      (await listAudit({ filters: { actor: "admin@example.com" }, limit: 10, offset: 0 }, db)).length,
    ).toBe(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("20 writes at once stay one unbroken chain, each entry once", async () => {
    const db = await appDb(database);
    const before = (await verifyAuditChain(db)).checked;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendAudit(entry({ actorId: `usr_${i % 5}`, recordId: `bln_${i}` }), db),
      ),
    );
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, checked: before + 20 });
  });

  it("refuses updates and deletes; an entry changed behind its back is named by Verify chain", async () => {
    const db = await appDb(database);
    const target = await appendAudit(entry({ recordId: "bln_target" }), db);
    await appendAudit(entry(), db);
    await expect(
      sql`UPDATE ledger_desk_audit_log SET record_id = 'x' WHERE seq = ${target.seq}`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`DELETE FROM ledger_desk_audit_log WHERE seq = ${target.seq}`.execute(db),
    ).rejects.toThrow(/append-only/);
    // Someone with the database's owner rights turns the guard off and edits an entry.
    await sql`ALTER TABLE ledger_desk_audit_log DISABLE TRIGGER ledger_desk_audit_log_no_change`.execute(db);
    try {
      await sql`UPDATE ledger_desk_audit_log SET record_id = 'bln_forged' WHERE seq = ${target.seq}`.execute(
        db,
      );
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenSeq: target.seq });
      await sql`UPDATE ledger_desk_audit_log SET record_id = 'bln_target' WHERE seq = ${target.seq}`.execute(
        db,
      );
    } finally {
      await sql`ALTER TABLE ledger_desk_audit_log ENABLE TRIGGER ledger_desk_audit_log_no_change`.execute(db);
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
