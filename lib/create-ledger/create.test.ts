import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/store";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import { REQUEST_ID_KEY } from "@/lib/blnk/request-id";
import { appDb } from "@/lib/db";
import { whileAuditRefused } from "@/lib/test-support/app-db";
import { createFormFor } from "@/lib/test-support/create-form";
import { formRefusal } from "@/lib/test-support/failures";
import { writePathSuiteForFile } from "@/lib/test-support/ledger-suite";
import { createLedgerFromInput } from "./create";
import { createLedgerSchema, emptyCreateLedgerForm } from "./schema";

// "Create ledger" against the real embedded ledger over HTTP: POST /ledgers once per form, the author and the
// request ID in its metadata, audited; and the form's schema refusing bad input before anything is sent.

const { ledger, dataDir } = writePathSuiteForFile("create-ledger");

const { form, create, issues } = createFormFor(
  createLedgerSchema,
  emptyCreateLedgerForm,
  createLedgerFromInput,
);

const ledgersNamed = (name: string) =>
  ledger.rowsWhere<{ ledger_id: string; meta_data: Record<string, unknown> }>("ledgers", "name", name);

describe("createLedgerFromInput", () => {
  it("creates the ledger with its name, the person's metadata, the author and the request ID", async () => {
    const name = `Wallets ${crypto.randomUUID()}`;
    const values = form({ name: ` ${name} `, metadata: [{ key: "team", value: "payments" }] });
    const result = await create(values);
    expect(result).toEqual({
      ok: true,
      data: { ledgerId: expect.stringMatching(/^ldg_/), name, wasRetry: false },
    });
    const [stored] = await ledgersNamed(name);
    expect(stored?.meta_data).toEqual({
      team: "payments",
      created_by: "ops@example.com",
      created_via: "ledger-desk",
      [REQUEST_ID_KEY]: values.requestId,
    });
  });

  it("creates one ledger per form: a resubmission answers the first, and the log has one create", async () => {
    const name = `Retried ${crypto.randomUUID()}`;
    const requestId = crypto.randomUUID();
    const first = await create({ name, requestId });
    const again = await create({ name, requestId });
    expect(again).toEqual(first.ok ? { ok: true, data: { ...first.data, wasRetry: true } } : first);
    expect(await ledgersNamed(name)).toHaveLength(1);
    const db = await appDb({ kind: "pglite", dataDir });
    const id = first.ok ? first.data.ledgerId : "";
    const [outcome] = await listAudit({ filters: { recordId: id }, limit: 10, offset: 0 }, db);
    expect(outcome).toMatchObject({ action: "ledger.create", outcome: "ok", actorEmail: "ops@example.com" });
    const attempts = (
      await listAudit({ filters: { action: "ledger.create" }, limit: 100, offset: 0 }, db)
    ).filter((entry) => JSON.parse(entry.request ?? "{}").name === name);
    expect(attempts.map((entry) => entry.outcome)).toEqual(["attempted"]);
  });

  it("sends nothing when the audit log cannot record the attempt", async () => {
    const name = `Audit down ${crypto.randomUUID()}`;
    await whileAuditRefused(await appDb({ kind: "pglite", dataDir }), async () => {
      expect(await create({ name })).toEqual(formRefusal(AUDIT_UNAVAILABLE));
    });
    expect(await ledgersNamed(name)).toEqual([]);
  });
});

describe("createLedgerSchema", () => {
  it("refuses a missing or too long name", () => {
    expect(issues({ name: "  " })).toEqual([["name", "Enter a name for the ledger."]]);
    expect(issues({ name: "x".repeat(201) })).toEqual([["name", "Use at most 200 characters in a name."]]);
  });

  it("refuses bad metadata keys and values at their row", () => {
    const row = (key: string, value = "v") => ({ metadata: [{ key, value }], name: "Ok" });
    expect(issues(row("k".repeat(500)))).toEqual([
      ["metadata.0.key", "Use at most 128 characters in a key."],
    ]);
    expect(issues(row("__proto__"))).toEqual([
      ["metadata.0.key", "Start with a letter; use only letters, digits and _."],
    ]);
    // A 1 MB value: too long for a value, and the whole over its size.
    expect(issues(row("big", "x".repeat(1024 * 1024)))).toEqual([
      ["metadata.0.value", "Use at most 4096 characters in a value."],
      ["metadata", "Metadata is 1025 KB; keep it under 32 KB in all."],
    ]);
    expect(issues(row("ledger_desk_request_id"))).toEqual([
      ["metadata.0.key", "Keys starting with ledger_desk_ are reserved."],
    ]);
    expect(issues(row("created_by"))).toEqual([
      ["metadata.0.key", "created_by is filled in by Ledger Desk with who created the ledger."],
    ]);
  });
});
