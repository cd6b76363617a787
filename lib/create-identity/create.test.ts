import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/store";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import { REQUEST_ID_KEY } from "@/lib/blnk/request-id";
import { appDb } from "@/lib/db";
import { latestToday } from "@/lib/identities/profile";
import { whileAuditRefused } from "@/lib/test-support/app-db";
import { createFormFor } from "@/lib/test-support/create-form";
import { formRefusal } from "@/lib/test-support/failures";
import { writePathSuiteForFile } from "@/lib/test-support/ledger-suite";
import { createIdentityFromInput } from "./create";
import { createIdentitySchema, emptyCreateIdentityForm } from "./schema";

// "Create identity" against the real embedded ledger over HTTP: POST /identities once per form with the fields
// of its type, the author and the request ID in its metadata, audited; and the form's schema refusing bad input.

const { ledger, dataDir } = writePathSuiteForFile("create-identity");

const { form, create, issues } = createFormFor(
  createIdentitySchema,
  emptyCreateIdentityForm,
  createIdentityFromInput,
);

const identitiesWithEmail = (email: string) => ledger.rowsWhere("identities", "email_address", email);

const email = () => `${crypto.randomUUID()}@example.com`;

describe("createIdentityFromInput", () => {
  it("creates an individual with its fields, a midnight-UTC date of birth, the author and the request ID", async () => {
    const address = email();
    const values = form({
      firstName: " Ada ",
      lastName: "Lovelace",
      email: address,
      phone: "+44 20 7946 0958",
      dob: "1990-04-21",
      country: "GB",
      organizationName: "typed, then switched away from",
      metadata: [{ key: "tier", value: "3", type: "number" }],
    });
    const result = await create(values);
    expect(result).toEqual({
      ok: true,
      data: { identityId: expect.stringMatching(/^idt_/), name: "Ada Lovelace", wasRetry: false },
    });
    const [stored] = await identitiesWithEmail(address);
    expect(stored).toMatchObject({
      identity_type: "individual",
      first_name: "Ada",
      last_name: "Lovelace",
      phone_number: "+44 20 7946 0958",
      country: "GB",
      organization_name: "",
      dob: expect.stringMatching(/^1990-04-21T00:00:00/),
      meta_data: {
        tier: 3,
        created_by: "ops@example.com",
        created_via: "ledger-desk",
        [REQUEST_ID_KEY]: values.requestId,
      },
    });
  });

  it("creates one identity per form: a resubmission answers the first, and the log has one create", async () => {
    const address = email();
    const requestId = crypto.randomUUID();
    const values = { type: "organization" as const, organizationName: "Acme Ltd", email: address, requestId };
    const first = await create(values);
    const again = await create(values);
    expect(first).toMatchObject({ ok: true, data: { name: "Acme Ltd", wasRetry: false } });
    expect(again).toEqual(first.ok ? { ok: true, data: { ...first.data, wasRetry: true } } : first);
    expect(await identitiesWithEmail(address)).toHaveLength(1);
    const db = await appDb({ kind: "pglite", dataDir });
    const id = first.ok ? first.data.identityId : "";
    const entries = await listAudit({ filters: { recordId: id }, limit: 10, offset: 0 }, db);
    expect(entries).toMatchObject([
      { action: "identity.create", outcome: "ok", actorEmail: "ops@example.com" },
    ]);
  });

  it("sends nothing when the audit log cannot record the attempt", async () => {
    const address = email();
    await whileAuditRefused(await appDb({ kind: "pglite", dataDir }), async () => {
      expect(await create({ firstName: "A", lastName: "B", email: address })).toEqual(
        formRefusal(AUDIT_UNAVAILABLE),
      );
    });
    expect(await identitiesWithEmail(address)).toEqual([]);
  });
});

describe("createIdentitySchema", () => {
  const person = { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" };

  it("asks for the names of the type and an email address", () => {
    expect(issues({})).toEqual([
      ["firstName", "Enter the first name."],
      ["lastName", "Enter the last name."],
      ["email", "Enter an email address."],
    ]);
    expect(issues({ type: "organization", ...person })).toEqual([
      ["organizationName", "Enter the organization's name."],
    ]);
    expect(issues(person)).toEqual([]);
  });

  it("refuses an invalid email, phone or date of birth, and a date in the future", () => {
    expect(issues({ ...person, email: "ada@example" })).toEqual([
      ["email", "Enter an email address like name@example.com."],
    ]);
    expect(issues({ ...person, phone: "call me" })).toEqual([
      ["phone", "Enter a phone number of digits, spaces and + ( ) - only, like +44 20 7946 0958."],
    ]);
    expect(issues({ ...person, dob: "1990-02-30" })).toEqual([
      ["dob", "Enter a real date, like 1990-04-21."],
    ]);
    const tomorrow = new Date(`${latestToday()}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    expect(issues({ ...person, dob: tomorrow.toISOString().slice(0, 10) })).toEqual([
      ["dob", "A date of birth cannot be in the future."],
    ]);
    expect(issues({ ...person, dob: latestToday() })).toEqual([]);
  });

  it("refuses bad metadata and over-long fields at their place", () => {
    expect(issues({ ...person, firstName: "x".repeat(101) })).toEqual([
      ["firstName", "Use at most 100 characters in first name."],
    ]);
    const row = (key: string, value = "v", type?: "json") => ({
      ...person,
      metadata: [{ key, value, type }],
    });
    expect(issues(row("k".repeat(500)))).toEqual([
      ["metadata.0.key", "Use at most 128 characters in a key."],
    ]);
    expect(issues(row("__proto__"))).toEqual([
      ["metadata.0.key", "Start with a letter; use only letters, digits and _."],
    ]);
    expect(issues(row("doc", "{not json", "json"))[0]?.[0]).toBe("metadata.0.value");
    expect(issues(row("big", "x".repeat(1024 * 1024)))).toEqual([
      ["metadata.0.value", "Use at most 4096 characters in a value."],
      ["metadata", "Metadata is 1025 KB; keep it under 32 KB in all."],
    ]);
    expect(issues({ ...person, type: "robot" as never })).toEqual([
      ["type", "Choose Individual or Organization."],
    ]);
  });
});
