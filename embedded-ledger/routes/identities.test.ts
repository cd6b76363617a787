import { beforeAll, describe, expect, it } from "vitest";
import { errorBody, expectMalformed } from "../testing/errors";
import { type TestLedger, testLedgerForFile } from "../testing/ledger";

const ledger = testLedgerForFile();
const send: TestLedger["send"] = (...args) => ledger.send(...args);

const FIELDS = [
  "identity_id",
  "identity_type",
  "organization_name",
  "category",
  "first_name",
  "last_name",
  "other_names",
  "gender",
  "email_address",
  "phone_number",
  "nationality",
  "street",
  "country",
  "state",
  "post_code",
  "city",
  "dob",
  "created_at",
  "meta_data",
];
const IDENTITY_ID = /^idt_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Identity = Record<string, unknown> & { identity_id: string };

async function createIdentity(body: Record<string, unknown>): Promise<Identity> {
  const response = await send("POST", "/identities", body);
  expect(response.status).toBe(201);
  return JSON.parse(response.text) as Identity;
}

describe("empty lists", () => {
  it("are null, as in Core", async () => {
    expect((await send("GET", "/identities")).text).toBe("null");
    expect((await send("GET", "/identities?first_name_eq=x")).text).toBe("null");
    expect((await send("POST", "/identities/filter", {})).text).toBe("null");
    expect((await send("POST", "/identities/filter", { include_count: true })).text).toBe('{"data":null}');
  });
});

describe("POST /identities", () => {
  it("accepts {} and answers every field with Core's defaults, in struct order", async () => {
    const response = await send("POST", "/identities", {});
    expect(response.status).toBe(201);
    const created = JSON.parse(response.text) as Identity;
    expect(Object.keys(created)).toEqual(FIELDS);
    expect(created.identity_id).toMatch(IDENTITY_ID);
    for (const field of FIELDS.slice(1, 16)) expect(created[field]).toBe("");
    expect(created.dob).toBe("0001-01-01T00:00:00Z");
    expect(created.meta_data).toBeNull();
    // Go marshals time.Time as RFC3339Nano: no trailing zeros in the fraction.
    expect(created.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d*[1-9])?Z$/);
  });

  it("stores what was sent, dob in UTC and big metadata exact", async () => {
    const response = await send(
      "POST",
      "/identities",
      '{"identity_type":"individual","first_name":"Ada","email_address":"ada@example.com","email":"ignored",' +
        '"dob":"1990-05-17T08:30:00+02:00","created_at":"2001-01-01T00:00:00Z","meta_data":{"ref":123456789012345678901234567890}}',
    );
    expect(response.status).toBe(201);
    const created = JSON.parse(response.text) as Identity;
    expect(created).toMatchObject({
      identity_type: "individual",
      first_name: "Ada",
      email_address: "ada@example.com",
    });
    expect(created.dob).toBe("1990-05-17T06:30:00Z");
    expect(created.created_at).not.toBe("2001-01-01T00:00:00Z");
    expect(response.text).toContain('"meta_data":{"ref":123456789012345678901234567890}}');
    expect((await send("GET", `/identities/${created.identity_id}`)).text).toBe(response.text);
  });

  it("rejects a dob that is not RFC3339 with Go's message", async () => {
    const cases: [string, string][] = [
      ['"1990-01-01"', 'parsing time "1990-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'],
      [
        '"1990/01/01"',
        'parsing time "1990/01/01" as "2006-01-02T15:04:05Z07:00": cannot parse "/01/01" as "-"',
      ],
      ['"1990-13-01T00:00:00Z"', 'parsing time "1990-13-01T00:00:00Z": month out of range'],
      ['"1990-02-30T00:00:00Z"', 'parsing time "1990-02-30T00:00:00Z": day out of range'],
      ["19900101", "Time.UnmarshalJSON: input is not a JSON string"],
    ];
    await expectMalformed((dob) => send("POST", "/identities", `{"dob":${dob}}`), cases);
  });

  it("rejects wrong types and malformed JSON with GEN_MALFORMED_REQUEST", async () => {
    const typed = await send("POST", "/identities", '{"first_name":5}');
    expect(typed.json).toEqual(
      errorBody(
        "GEN_MALFORMED_REQUEST",
        "json: cannot unmarshal number into Go struct field Identity.first_name of type string",
      ),
    );
    const meta = await send("POST", "/identities", '{"meta_data":"x"}');
    expect(meta.status).toBe(400);
    const broken = await send("POST", "/identities", "{oops");
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error_detail: { code: "GEN_MALFORMED_REQUEST" } });
    expect(Object.keys(broken.json as object)).toEqual(["error", "error_detail"]);
  });

  it("honours a client identity_id only when it is idt_ + UUID, once", async () => {
    const id = "idt_0b4c7a52-9d1f-4a8e-b6c3-2f5d8e9a1c07";
    expect((await createIdentity({ identity_id: id, first_name: "Chosen" })).identity_id).toBe(id);
    const again = await send("POST", "/identities", { identity_id: id });
    expect(again.status).toBe(400);
    expect(again.json).toEqual(errorBody("IDT_VALIDATION_ERROR", `Identity already exists: ${id}`, {}));
    const prefix = await send("POST", "/identities", {
      identity_id: "usr_0b4c7a52-9d1f-4a8e-b6c3-2f5d8e9a1c07",
    });
    expect(prefix.json).toEqual(
      errorBody("IDT_VALIDATION_ERROR", "identity_id must start with the 'idt_' prefix"),
    );
    const uuid = await send("POST", "/identities", { identity_id: "idt_not-a-uuid" });
    expect(uuid.json).toEqual(
      errorBody("IDT_VALIDATION_ERROR", "identity_id suffix after 'idt_' must be a valid UUID", {}),
    );
  });
});

describe("GET, PUT and DELETE /identities/:id", () => {
  it("answers an unknown id with 404 IDT_NOT_FOUND", async () => {
    const response = await send("GET", "/identities/idt_nonexistent");
    expect(response.status).toBe(404);
    expect(response.json).toEqual(
      errorBody("IDT_NOT_FOUND", "Identity with ID 'idt_nonexistent' not found", {}),
    );
  });

  it("updates only non-empty fields, replaces meta_data", async () => {
    const created = await createIdentity({ first_name: "Old", last_name: "Keep", meta_data: { a: 1, b: 2 } });
    const path = `/identities/${created.identity_id}`;
    const response = await send("PUT", path, {
      first_name: "New",
      last_name: "",
      dob: "1985-02-03T04:05:06Z",
      meta_data: { c: 3 },
      identity_id: "idt_ignored",
    });
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"message":"Identity updated successfully"}');
    const after = JSON.parse((await send("GET", path)).text) as Identity;
    expect(after).toEqual({
      ...created,
      first_name: "New",
      dob: "1985-02-03T04:05:06Z",
      meta_data: { c: 3 },
    });
  });

  it("refuses an update with nothing to write before looking the identity up", async () => {
    const expected = errorBody("GEN_BAD_REQUEST", "No fields provided for update");
    for (const body of ["{}", '{"last_name":"","meta_data":null,"dob":"0001-01-01T00:00:00Z"}']) {
      const response = await send("PUT", "/identities/idt_nonexistent", body);
      expect(response.status).toBe(400);
      expect(response.json).toEqual(expected);
    }
    const missing = await send("PUT", "/identities/idt_nonexistent", { first_name: "x" });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(errorBody("IDT_NOT_FOUND", "Identity with ID 'idt_nonexistent' not found"));
    const badDob = await send("PUT", "/identities/idt_nonexistent", { dob: "yesterday" });
    expect(badDob.status).toBe(400);
    expect(badDob.json).toMatchObject({ error_detail: { code: "GEN_MALFORMED_REQUEST" } });
  });

  it("deletes, then answers 404", async () => {
    const created = await createIdentity({ first_name: "Gone" });
    const path = `/identities/${created.identity_id}`;
    const deleted = await send("DELETE", path);
    expect(deleted.status).toBe(200);
    expect(deleted.text).toBe('{"message":"Identity deleted successfully"}');
    expect((await send("GET", path)).status).toBe(404);
    const again = await send("DELETE", path);
    expect(again.status).toBe(404);
    expect(again.json).toEqual(
      errorBody("IDT_NOT_FOUND", `Identity with ID '${created.identity_id}' not found`),
    );
  });

  it("refuses to delete an identity that balances reference, with 409", async () => {
    const created = await createIdentity({ first_name: "Owner" });
    await ledger.db.query(
      "INSERT INTO balances (balance_id, ledger_id, identity_id, currency) VALUES ('bln_owned', 'general_ledger_id', $1, 'USD')",
      [created.identity_id],
    );
    const response = await send("DELETE", `/identities/${created.identity_id}`);
    expect(response.status).toBe(409);
    const message = `Identity with ID '${created.identity_id}' cannot be deleted: balances reference it`;
    expect(response.json).toEqual(errorBody("GEN_CONFLICT", message));
    expect((await send("GET", `/identities/${created.identity_id}`)).status).toBe(200);
  });
});

describe("listing and filtering", () => {
  const made: Identity[] = [];
  beforeAll(async () => {
    const people = [
      {
        first_name: "Lin",
        last_name: "Alpha",
        country: "NG",
        dob: "1970-01-01T00:00:00Z",
        meta_data: { tier: "gold" },
      },
      {
        first_name: "Lin",
        last_name: "Beta",
        country: "GH",
        dob: "1980-01-01T00:00:00Z",
        meta_data: { tier: "silver" },
      },
      { first_name: "Zed", last_name: "Gamma", country: "NG", dob: "1990-01-01T00:00:00Z" },
    ];
    for (const person of people) made.push(await createIdentity(person));
  });
  const ids = (json: unknown) => ((json as Identity[] | null) ?? []).map((item) => item.identity_id);
  const idAt = (index: number) => () => made[index]?.identity_id;
  const [alpha, beta, gamma] = [idAt(0), idAt(1), idAt(2)];

  it("lists everything newest first, ignoring a bad limit", async () => {
    const all = ids((await send("GET", "/identities")).json);
    expect(all.slice(0, 3)).toEqual([gamma(), beta(), alpha()]);
    expect(ids((await send("GET", "/identities?limit=abc")).json)).toEqual(all);
    expect(ids((await send("GET", "/identities?limit=2&offset=1")).json)).toEqual(all.slice(1, 3));
  });

  it("applies query filters", async () => {
    expect(ids((await send("GET", "/identities?first_name_eq=Lin")).json)).toEqual([beta(), alpha()]);
    expect(ids((await send("GET", "/identities?first_name_eq=Lin&limit=1")).json)).toEqual([beta()]);
    expect(
      ids((await send("GET", "/identities?country_eq=GH&last_name_eq=Gamma&logical_operator=or")).json),
    ).toEqual([gamma(), beta()]);
    expect((await send("GET", "/identities?first_name_eq=")).status).toBe(200);
    expect((await send("GET", "/identities?first_name_eq=x&logical_operator=xor")).status).toBe(400);
  });

  it("filters with a FilterRequest body", async () => {
    const eq = await send("POST", "/identities/filter", {
      filters: [{ field: "first_name", operator: "eq", value: "Zed" }],
      include_count: true,
    });
    expect(JSON.parse(eq.text)).toMatchObject({ data: [{ identity_id: gamma() }], total_count: 1 });
    const dob = await send("POST", "/identities/filter", {
      filters: [
        { field: "dob", operator: "between", values: ["1975-01-01T00:00:00Z", "1995-01-01T00:00:00Z"] },
        { field: "first_name", operator: "in", values: ["Lin", "Zed"] },
      ],
      sort_by: "dob",
      sort_order: "asc",
    });
    expect(ids(dob.json)).toEqual([beta(), gamma()]);
    const tier = await send("POST", "/identities/filter", {
      filters: [
        { field: "meta_data.tier", operator: "isnotnull" },
        { field: "country", operator: "ne", value: "GH" },
      ],
    });
    expect(ids(tier.json)).toEqual([alpha()]);
  });

  it("rejects bad FilterRequests", async () => {
    expect((await send("POST", "/identities/filter", "{bad")).json).toMatchObject({
      error_detail: { code: "GEN_VALIDATION_ERROR" },
    });
    const field = await send("POST", "/identities/filter", {
      filters: [{ field: "email", operator: "eq", value: "x" }],
    });
    expect(field.status).toBe(400);
    expect(field.json).toEqual(
      errorBody("GEN_BAD_REQUEST", "Invalid filter: invalid field 'email' for table 'identity'", {}),
    );
    const operator = await send("POST", "/identities/filter", {
      filters: [{ field: "city", operator: "near" }],
    });
    expect(operator.status).toBe(400);
    expect(operator.json).toMatchObject({ error_detail: { code: "GEN_BAD_REQUEST" } });
  });
});
