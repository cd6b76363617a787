import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/store";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import { appDb } from "@/lib/db";
import { OPS } from "@/lib/test-support/actors";
import { whileAuditRefused } from "@/lib/test-support/app-db";
import { fieldRefusal, formRefusal } from "@/lib/test-support/failures";
import { writePathSuiteForFile } from "@/lib/test-support/ledger-suite";
import { assignIdentityFromInput, MESSAGES } from "./assign-identity";
import { type AssignIdentityInput, assignIdentitySchema } from "./assign-identity-schema";

// "Assign identity" against the real embedded ledger over HTTP (PUT /balances/:id/identity, as Core): once per
// request ID, refused with a reason at the field or the form, never sent unless its attempt is in the audit log.

const KEY = "assign-identity-test-secret-key-5c1e";
const { ledger, dataDir } = writePathSuiteForFile("assign-identity", KEY);

const assign = (input: Omit<AssignIdentityInput, "requestId"> & { requestId?: string }) =>
  assignIdentityFromInput(assignIdentitySchema.parse({ requestId: crypto.randomUUID(), ...input }), OPS);

async function ownedBalance(ownerId?: string) {
  const ledgerId = await ledger.newLedger("Owners");
  const body: Record<string, unknown> = { ledger_id: ledgerId, currency: "USD" };
  if (ownerId) body.identity_id = ownerId;
  const balance = (await ledger.call("POST", "/balances", body)) as { balance_id: string };
  return balance.balance_id;
}

const ownerOf = async (balanceId: string) =>
  ((await ledger.call("GET", `/balances/${balanceId}`)) as { identity_id: string }).identity_id;

describe("assignIdentityFromInput", () => {
  it("gives an unowned balance its owner, naming them", async () => {
    const ada = await ledger.newIdentity({ first_name: "Ada", last_name: "Lovelace" });
    const balanceId = await ownedBalance();
    expect(await assign({ balanceId, identityId: ada, replaces: null })).toEqual({
      ok: true,
      data: { balanceId, identityId: ada, identityName: "Ada Lovelace", wasRetry: false },
    });
    expect(await ownerOf(balanceId)).toBe(ada);
  });

  it("reassigns once per request ID: a replay answers the first write and logs nothing new", async () => {
    const ada = await ledger.newIdentity({ first_name: "Ada", last_name: "Lovelace" });
    const acme = await ledger.newIdentity({ identity_type: "organization", organization_name: "Acme Ltd" });
    const balanceId = await ownedBalance(ada);
    const requestId = crypto.randomUUID();
    const first = await assign({ balanceId, identityId: acme, replaces: ada, requestId });
    const again = await assign({ balanceId, identityId: acme, replaces: ada, requestId });
    expect(first).toMatchObject({ ok: true, data: { identityName: "Acme Ltd", wasRetry: false } });
    expect(again).toMatchObject({ ok: true, data: { identityName: "Acme Ltd", wasRetry: true } });
    expect(await ownerOf(balanceId)).toBe(acme);

    const db = await appDb({ kind: "pglite", dataDir });
    // One attempt and its outcome, newest first: the replay sent nothing and logged nothing.
    const entries = await listAudit({ filters: { recordId: balanceId }, limit: 10, offset: 0 }, db);
    expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ["balance.identity", "ok"],
      ["balance.identity", "attempted"],
    ]);
    const attempt = entries[1];
    expect(entries[0]?.attemptSeq).toBe(attempt?.seq);
    expect(attempt).toMatchObject({ outcome: "attempted", actorEmail: "ops@example.com" });
    expect(JSON.parse(attempt?.request ?? "{}")).toEqual({ identityId: acme, previousIdentityId: ada });
  });

  it("an unknown identity, or the owner already, is refused at the field and nothing changes", async () => {
    const ada = await ledger.newIdentity({ first_name: "Ada", last_name: "Lovelace" });
    const balanceId = await ownedBalance(ada);
    const unknown = "idt_00000000-0000-4000-8000-000000000000";
    expect(await assign({ balanceId, identityId: unknown, replaces: ada })).toEqual(
      fieldRefusal({ identityId: MESSAGES.unknownIdentity }),
    );
    expect(await assign({ balanceId, identityId: ada, replaces: ada })).toEqual(
      fieldRefusal({ identityId: MESSAGES.alreadyOwner }),
    );
    expect(await ownerOf(balanceId)).toBe(ada);
  });

  it("an owner changed since the person looked is not overwritten", async () => {
    const ada = await ledger.newIdentity({ first_name: "Ada", last_name: "Lovelace" });
    const bob = await ledger.newIdentity({ first_name: "Bob", last_name: "Stone" });
    const balanceId = await ownedBalance(bob);
    const result = await assign({ balanceId, identityId: ada, replaces: null });
    expect(result).toEqual(
      formRefusal(
        `The balance's owner changed meanwhile: it is now another identity (${bob}). Check the owner and submit again.`,
      ),
    );
    expect(await ownerOf(balanceId)).toBe(bob);
  });

  it("sends nothing when the audit log cannot record the attempt", async () => {
    const ada = await ledger.newIdentity({ first_name: "Ada", last_name: "Lovelace" });
    const balanceId = await ownedBalance();
    await whileAuditRefused(await appDb({ kind: "pglite", dataDir }), async () => {
      expect(await assign({ balanceId, identityId: ada, replaces: null })).toEqual(
        formRefusal(AUDIT_UNAVAILABLE),
      );
      expect(await ownerOf(balanceId)).toBe("");
    });
  });
});

describe("assignIdentitySchema", () => {
  it("refuses what is not an identity ID before anything is sent", () => {
    const base = { balanceId: "bln_1", replaces: null, requestId: crypto.randomUUID() };
    for (const identityId of ["", "ada", "bln_123", "idt_", `idt_${"x".repeat(300)}`, "idt_a b"]) {
      expect(assignIdentitySchema.safeParse({ ...base, identityId }).success, identityId).toBe(false);
    }
    expect(assignIdentitySchema.parse({ ...base, identityId: " idt_abc " }).identityId).toBe("idt_abc");
  });
});
