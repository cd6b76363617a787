import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/store";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import { getIdentity } from "@/lib/blnk";
import { appDb } from "@/lib/db";
import { storedProfile } from "@/lib/identities/profile";
import { OPS } from "@/lib/test-support/actors";
import { whileAuditRefused } from "@/lib/test-support/app-db";
import { formRefusal } from "@/lib/test-support/failures";
import { writePathSuiteForFile } from "@/lib/test-support/ledger-suite";
import { editIdentityFromInput } from "./edit";
import {
  EDIT_IDENTITY_MESSAGES,
  editableIdentity,
  editIdentityRequest,
  editIdentitySchema,
} from "./edit-schema";

// "Edit identity" against the real embedded ledger over HTTP: PUT /identities/:id with the changed fields only,
// once per request ID, refused when a field moved since the person looked, audited before it is sent.

const { ledger, dataDir } = writePathSuiteForFile("edit-identity");

async function newIdentity(fields: Record<string, unknown> = {}) {
  const created = (await ledger.call("POST", "/identities", {
    identity_type: "individual",
    first_name: "Ada",
    last_name: "Lovelace",
    email_address: "ada@example.com",
    city: "London",
    meta_data: { tier: "gold" },
    ...fields,
  })) as { identity_id: string };
  return getIdentity(created.identity_id);
}

async function edit(identity: Awaited<ReturnType<typeof newIdentity>>, changes: Record<string, string>) {
  const values = { ...storedProfile(identity), ...changes };
  const request = editIdentityRequest(editableIdentity(identity), values, crypto.randomUUID());
  return { request, result: await editIdentityFromInput(editIdentitySchema.parse(request), OPS) };
}

const stored = async (id: string) =>
  (await ledger.call("GET", `/identities/${id}`)) as Record<string, unknown>;

describe("editIdentityFromInput", () => {
  it("writes only the changed fields; the rest, and the metadata, stay", async () => {
    const identity = await newIdentity();
    const { request, result } = await edit(identity, { email: " ada@lovelace.example ", dob: "1915-12-10" });
    expect(request).toMatchObject({
      email: "ada@lovelace.example",
      dob: "1915-12-10",
      previous: { email: "ada@example.com", dob: "" },
    });
    expect(request).not.toHaveProperty("city");
    expect(result).toEqual({
      ok: true,
      data: { identityId: identity.id, fields: ["email", "dob"], wasRetry: false },
    });
    expect(await stored(identity.id)).toMatchObject({
      first_name: "Ada",
      email_address: "ada@lovelace.example",
      city: "London",
      dob: expect.stringMatching(/^1915-12-10T00:00:00/),
      meta_data: { tier: "gold" },
    });
  });

  it("a resubmission answers the first, and the log has one update with the values it replaced", async () => {
    const identity = await newIdentity();
    const request = editIdentityRequest(
      editableIdentity(identity),
      { ...storedProfile(identity), city: "Paris" },
      crypto.randomUUID(),
    );
    const first = await editIdentityFromInput(editIdentitySchema.parse(request), OPS);
    const again = await editIdentityFromInput(editIdentitySchema.parse(request), OPS);
    expect(again).toEqual(first.ok ? { ok: true, data: { ...first.data, wasRetry: true } } : first);
    const db = await appDb({ kind: "pglite", dataDir });
    const entries = await listAudit({ filters: { recordId: identity.id }, limit: 10, offset: 0 }, db);
    expect(entries.map((entry) => [entry.action, entry.outcome, entry.actorEmail])).toEqual([
      ["identity.update", "ok", "ops@example.com"],
      ["identity.update", "attempted", "ops@example.com"],
    ]);
    expect(JSON.parse(entries[1]?.request ?? "{}")).toEqual({ city: "Paris", previous: { city: "London" } });
  });

  it("refuses when the field changed in Blnk since the form opened, and changes nothing", async () => {
    const identity = await newIdentity();
    await ledger.call("PUT", `/identities/${identity.id}`, { city: "Leeds" });
    const { result } = await edit(identity, { city: "Paris" });
    expect(result).toEqual(
      formRefusal(
        "City changed in Blnk since this form opened. Close it and open it again to see the identity as it is now.",
      ),
    );
    expect(await stored(identity.id)).toMatchObject({ city: "Leeds" });
  });

  it("sends nothing when the audit log cannot record the attempt", async () => {
    const identity = await newIdentity();
    await whileAuditRefused(await appDb({ kind: "pglite", dataDir }), async () => {
      expect((await edit(identity, { city: "Rome" })).result).toEqual(formRefusal(AUDIT_UNAVAILABLE));
    });
    expect(await stored(identity.id)).toMatchObject({ city: "London" });
  });
});

describe("editIdentitySchema", () => {
  const issues = (request: unknown) => {
    const parsed = editIdentitySchema.safeParse(request);
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
  };
  const base = { identityId: "idt_5f3c2a1e-8b7d-4c6e-9a0f-1b2c3d4e5f60", requestId: crypto.randomUUID() };

  it("refuses emptying a filled field, a bad email or date, and a request that changes nothing", () => {
    expect(issues({ ...base, city: " ", previous: { city: "London" } })).toEqual([
      ["city", EDIT_IDENTITY_MESSAGES.cleared],
    ]);
    expect(issues({ ...base, email: "nope", previous: { email: "a@b.co" } })).toEqual([
      ["email", "Enter an email address like name@example.com."],
    ]);
    expect(issues({ ...base, dob: "2999-01-01", previous: { dob: "" } })).toEqual([
      ["dob", "A date of birth cannot be in the future."],
    ]);
    expect(issues({ ...base, previous: {} })).toEqual([["form", EDIT_IDENTITY_MESSAGES.nothing]]);
    expect(issues({ ...base, city: "Paris", previous: {} })).toEqual([
      ["previous", EDIT_IDENTITY_MESSAGES.invalid],
    ]);
    expect(issues({ ...base, identityId: "../x", city: "Paris", previous: { city: "" } })).toEqual([
      ["identityId", EDIT_IDENTITY_MESSAGES.invalid],
    ]);
  });
});
