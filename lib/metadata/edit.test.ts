import { parse, stringify } from "lossless-json";
import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/store";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import { appDb } from "@/lib/db";
import { OPS } from "@/lib/test-support/actors";
import { whileAuditRefused } from "@/lib/test-support/app-db";
import { formRefusal } from "@/lib/test-support/failures";
import { writePathSuiteForFile } from "@/lib/test-support/ledger-suite";
import { editMetadataFromInput, MESSAGES } from "./edit";
import {
  editMetadataErrors,
  editMetadataRequest,
  editMetadataSchema,
  metadataChanges,
  storedEntries,
} from "./edit-schema";
import type { MetadataEntries } from "./entries";

// "Edit metadata" against the real embedded ledger over HTTP (POST /:id/metadata, as Core): the changed keys
// merged in, once per request ID, refused when a key moved since the person looked, audited before it is sent.

const KEY = "edit-metadata-test-secret-key-8d2f";
const { ledger, dataDir } = writePathSuiteForFile("edit-metadata", KEY);

async function balanceWith(metadata: Record<string, unknown>) {
  const ledgerId = await ledger.newLedger("Metadata");
  const balance = (await ledger.call("POST", "/balances", {
    ledger_id: ledgerId,
    currency: "USD",
    meta_data: metadata,
  })) as { balance_id: string };
  return balance.balance_id;
}

/** The record's metadata as the ledger answers it, as JSON text with every number's digits as stored. */
async function rawMetadata(path: string): Promise<string> {
  const response = await fetch(`${ledger.url}${path}`, { headers: { "X-Blnk-Key": KEY } });
  return stringify((parse(await response.text()) as { meta_data: unknown }).meta_data) ?? "";
}

/** What the dialog sends for `rows` over a record whose page shows `metadataJson`. */
function request(entityId: string, metadataJson: string | null, rows: MetadataEntries, requestId?: string) {
  const changes = metadataChanges(rows, storedEntries(metadataJson));
  return editMetadataSchema.parse({
    ...editMetadataRequest(entityId, changes),
    requestId: requestId ?? crypto.randomUUID(),
  });
}

describe("editMetadataFromInput", () => {
  it("adds a number and a nested object, changes a value, keeps every other key, and names the author", async () => {
    const balanceId = await balanceWith({ note: "keep me", tier: "gold", created_by: "someone" });
    const json = '{"note": "keep me", "tier": "gold", "created_by": "someone"}';
    const input = request(balanceId, json, [
      { key: "note", value: "keep me", type: "text" },
      { key: "tier", value: "platinum", type: "text" },
      { key: "limit", value: "2500.50", type: "number" },
      { key: "profile", value: '{"risk": {"score": 7, "flags": ["kyc", true]}}', type: "json" },
    ]);
    expect(input.metadata.map((entry) => entry.key)).toEqual(["tier", "limit", "profile"]);
    expect(await editMetadataFromInput(input, OPS)).toEqual({
      ok: true,
      data: { entityId: balanceId, keys: ["tier", "limit", "profile"], wasRetry: false },
    });
    expect(JSON.parse(await rawMetadata(`/balances/${balanceId}`))).toEqual({
      note: "keep me",
      tier: "platinum",
      created_by: "someone",
      limit: 2500.5,
      profile: { risk: { score: 7, flags: ["kyc", true] } },
      updated_by: "ops@example.com",
    });
    // The number went as typed, not through a double: its text is in the stored JSON.
    expect(await rawMetadata(`/balances/${balanceId}`)).toContain('"limit":2500.50');
  });

  it("changes identities and ledgers the same way, and sends once per request ID", async () => {
    const identityId = await ledger.newIdentity({ first_name: "Ada", last_name: "Lovelace" });
    const ledgerId = await ledger.newLedger("Edited");
    for (const [entityId, path] of [
      [identityId, `/identities/${identityId}`],
      [ledgerId, `/ledgers/${ledgerId}`],
    ] as const) {
      const requestId = crypto.randomUUID();
      const input = request(entityId, null, [{ key: "vip", value: "true", type: "boolean" }], requestId);
      const first = await editMetadataFromInput(input, OPS);
      const again = await editMetadataFromInput(input, OPS);
      expect(first).toMatchObject({ ok: true, data: { keys: ["vip"], wasRetry: false } });
      expect(again).toMatchObject({ ok: true, data: { keys: ["vip"], wasRetry: true } });
      expect(JSON.parse(await rawMetadata(path))).toMatchObject({ vip: true });

      const db = await appDb({ kind: "pglite", dataDir });
      const entries = await listAudit({ filters: { recordId: entityId }, limit: 10, offset: 0 }, db);
      const kind = entityId.startsWith("idt_") ? "identity" : "ledger";
      expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual([
        [`${kind}.metadata`, "ok"],
        [`${kind}.metadata`, "attempted"],
      ]);
      expect(JSON.parse(entries[1]?.request ?? "{}")).toEqual({
        meta_data: { vip: true, updated_by: "ops@example.com" },
        previous: { vip: null },
      });
    }
  });

  it("refuses to overwrite a key that changed since the dialog opened, and changes nothing", async () => {
    const balanceId = await balanceWith({ tier: "gold" });
    const input = request(balanceId, '{"tier": "gold"}', [{ key: "tier", value: "silver", type: "text" }]);
    await ledger.call("POST", `/${balanceId}/metadata`, { meta_data: { tier: "bronze" } });
    expect(await editMetadataFromInput(input, OPS)).toEqual(
      formRefusal(
        "tier changed in Blnk since this dialog opened. Close it and open it again to see the current metadata.",
      ),
    );
    expect(JSON.parse(await rawMetadata(`/balances/${balanceId}`))).toEqual({ tier: "bronze" });
  });

  it("refuses a change that would take the whole over the size cap, and one the audit log cannot record", async () => {
    const balanceId = await balanceWith({ a: "x".repeat(4000), b: "x".repeat(4000) });
    const big = Array.from({ length: 7 }, (_, i) => ({
      key: `k${i}`,
      value: "y".repeat(4000),
      type: "text" as const,
    }));
    expect(await editMetadataFromInput(request(balanceId, null, big), OPS)).toEqual(
      formRefusal(MESSAGES.tooLarge),
    );

    const input = request(balanceId, null, [{ key: "c", value: "1", type: "number" }]);
    await whileAuditRefused(await appDb({ kind: "pglite", dataDir }), async () => {
      expect(await editMetadataFromInput(input, OPS)).toEqual(formRefusal(AUDIT_UNAVAILABLE));
    });
    expect(JSON.parse(await rawMetadata(`/balances/${balanceId}`))).not.toHaveProperty("c");
  });

  it("a record that does not exist is Blnk's refusal, in words", async () => {
    const input = request("bln_00000000-0000-4000-8000-000000000000", null, [{ key: "a", value: "b" }]);
    const result = await editMetadataFromInput(input, OPS);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(/not found|could not find/i);
  });
});

describe("the dialog's changes", () => {
  const json =
    '{"note": "x", "big": 123456789012345678901234567890, "created_by": "ops", "tier": {"level": 2}}';

  it("shows the stored keys but Ledger Desk's own, untouched rows are no change, even a number beyond 2^64", () => {
    const stored = storedEntries(json);
    expect(stored.map((entry) => [entry.key, entry.type, entry.value])).toEqual([
      ["note", "text", "x"],
      ["big", "number", "123456789012345678901234567890"],
      ["tier", "json", '{"level":2}'],
    ]);
    const rows = stored.map(({ key, type, value }) => ({ key, type, value }));
    expect(metadataChanges(rows, stored)).toEqual([]);
    expect(editMetadataErrors("bln_1", rows, stored)).toEqual({ metadata: "Nothing has changed yet." });
  });

  it("puts each problem at its row: bad JSON, a prototype key, a repeated key, a long key, a 1 MB value", () => {
    const stored = storedEntries(json);
    const rows: MetadataEntries = [
      { key: "note", value: '{"a": ', type: "json" },
      { key: "big", value: "123456789012345678901234567890", type: "number" },
      { key: "tier", value: '{"__proto__": {"admin": true}}', type: "json" },
      { key: "note", value: "again", type: "text" },
      { key: `k${"x".repeat(499)}`, value: "v", type: "text" },
      { key: "blob", value: "x".repeat(1024 * 1024), type: "text" },
      { key: "__proto__", value: "1", type: "number" },
    ];
    const errors = editMetadataErrors("bln_1", rows, stored);
    expect(errors["metadata.0.value"]).toMatch(/^This is not valid JSON: /);
    expect(errors).not.toHaveProperty("metadata.1.value");
    expect(errors).toMatchObject({
      "metadata.2.value": "A JSON key may not be named __proto__.",
      "metadata.3.key": "This key is already above: change its value there.",
      "metadata.4.key": "Use at most 128 characters in a key.",
      "metadata.5.value": "Use at most 4096 characters in a value.",
      "metadata.6.key": "Start with a letter; use only letters, digits and _.",
    });
  });

  it("refuses Core's general_ledger_id and anything that is not a record ID", () => {
    for (const entityId of ["general_ledger_id", "txn_1", "../x", "bln_"]) {
      const parsed = editMetadataSchema.safeParse({
        entityId,
        metadata: [{ key: "a", value: "b" }],
        previous: { a: null },
        requestId: crypto.randomUUID(),
      });
      expect(parsed.success, entityId).toBe(false);
    }
  });
});
