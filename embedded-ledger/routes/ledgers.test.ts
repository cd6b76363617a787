import { beforeAll, describe, expect, it } from "vitest";
import { errorBody, errorsBody, expectMalformed } from "../testing/errors";
import { type TestLedger, testLedgerForFile } from "../testing/ledger";

const ledger = testLedgerForFile();
const send: TestLedger["send"] = (...args) => ledger.send(...args);

const LEDGER_ID = /^ldg_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

type Ledger = { ledger_id: string; name: string; created_at: string; meta_data: unknown };

async function createLedger(name: string, extra = ""): Promise<Ledger> {
  const response = await send("POST", "/ledgers", `{"name":${JSON.stringify(name)}${extra}}`);
  expect(response.status).toBe(201);
  return JSON.parse(response.text) as Ledger;
}

describe("POST /ledgers", () => {
  it("creates a ledger with Core's four fields in order", async () => {
    const response = await send("POST", "/ledgers", { name: "Wallets", ledger_id: "ldg_mine" });
    expect(response.status).toBe(201);
    const created = JSON.parse(response.text) as Ledger;
    expect(Object.keys(created)).toEqual(["ledger_id", "name", "created_at", "meta_data"]);
    expect(created.ledger_id).toMatch(LEDGER_ID);
    expect(created).toMatchObject({ name: "Wallets", meta_data: null });
    expect(created.created_at).toMatch(RFC3339_UTC);
    expect((await send("GET", `/ledgers/${created.ledger_id}`)).text).toBe(response.text);
  });

  it("keeps meta_data exactly, big integers included, with keys in Go's order", async () => {
    const response = await send(
      "POST",
      "/ledgers",
      '{"name":"Meta","meta_data":{"z":1,"big":18446744073709551617,"a":{"y":true,"b":null}}}',
    );
    expect(response.status).toBe(201);
    expect(response.text).toContain(
      '"meta_data":{"a":{"b":null,"y":true},"big":18446744073709551617,"z":1}}',
    );
  });

  it("requires a name (legacy key `errors`)", async () => {
    for (const body of ['{"name":""}', "{}", "null", '{"meta_data":{}}']) {
      const response = await send("POST", "/ledgers", body);
      expect(response.status).toBe(400);
      expect(response.json).toEqual(errorsBody("GEN_VALIDATION_ERROR", "name: cannot be blank."));
    }
  });

  it("answers malformed bodies with GEN_MALFORMED_REQUEST under `errors`", async () => {
    const cases: [string, string][] = [
      ["", "EOF"],
      ['{"name":5}', "json: cannot unmarshal number into Go struct field CreateLedger.name of type string"],
      [
        '{"name":"x","meta_data":[1]}',
        "json: cannot unmarshal array into Go struct field CreateLedger.meta_data of type map[string]interface {}",
      ],
      ["[]", "json: cannot unmarshal array into Go value of type model.CreateLedger"],
    ];
    await expectMalformed((body) => send("POST", "/ledgers", body), cases, errorsBody);
    const broken = await send("POST", "/ledgers", '{"name": "x"');
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error_detail: { code: "GEN_MALFORMED_REQUEST" } });
    expect(Object.keys(broken.json as object)).toEqual(["errors", "error_detail"]);
  });
});

describe("hostile input", () => {
  it("never answers 500", async () => {
    const nul = await send("POST", "/ledgers", '{"name":"a\\u0000b"}');
    expect(nul.status).toBe(400);
    expect(nul.json).toMatchObject({ error_detail: { code: "GEN_BAD_REQUEST" } });
    expect((await send("POST", "/ledgers", '{"name":"x","meta_data":{"k":"\\u0000"}}')).status).toBe(400);
    expect((await send("POST", "/ledgers", '{"__proto__":{"name":"x"}}')).status).toBe(400);
    // Go matches JSON keys case-insensitively and ignores unknown ones, even Object.prototype names.
    const odd = await send("POST", "/ledgers", '{"toString":"x","NAME":"Caps"}');
    expect(odd.status).toBe(201);
    expect(odd.json).toMatchObject({ name: "Caps" });
    expect((await send("GET", "/ledgers?offset=9223372036854775807")).text).toBe("[]");
    expect((await send("POST", "/ledgers/filter", '{"offset":9223372036854775807}')).text).toBe("[]");
    expect((await send("GET", "/ledgers?limit=99999999999999999999")).status).toBe(400);
  });
});

describe("GET /ledgers/:id", () => {
  it("returns the seeded General Ledger", async () => {
    const response = await send("GET", "/ledgers/general_ledger_id");
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      ledger_id: "general_ledger_id",
      name: "General Ledger",
      meta_data: {},
    });
  });

  it("answers an unknown id with 404 LGR_NOT_FOUND", async () => {
    const response = await send("GET", "/ledgers/ldg_nonexistent");
    expect(response.status).toBe(404);
    expect(response.json).toEqual(errorBody("LGR_NOT_FOUND", "Ledger not found", {}));
  });
});

describe("PUT /ledgers/:id", () => {
  it("renames and returns the whole ledger", async () => {
    const created = await createLedger("Before", ',"meta_data":{"k":"v"}');
    const response = await send("PUT", `/ledgers/${created.ledger_id}`, {
      name: "After",
      meta_data: { ignored: 1 },
    });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ ...created, name: "After" });
    expect((await send("GET", `/ledgers/${created.ledger_id}`)).json).toEqual({ ...created, name: "After" });
  });

  it("validates before looking the ledger up", async () => {
    const blank = await send("PUT", "/ledgers/ldg_nonexistent", { name: "" });
    expect(blank.status).toBe(400);
    expect(blank.json).toEqual(errorsBody("GEN_VALIDATION_ERROR", "name: cannot be blank."));
    const typed = await send("PUT", "/ledgers/ldg_nonexistent", '{"name":["x"]}');
    expect(typed.json).toEqual(
      errorsBody(
        "GEN_MALFORMED_REQUEST",
        "json: cannot unmarshal array into Go struct field UpdateLedger.name of type string",
      ),
    );
    const broken = await send("PUT", "/ledgers/ldg_nonexistent", "{bad");
    expect(broken.status).toBe(400);
    expect(broken.json).toHaveProperty("errors");
    const missing = await send("PUT", "/ledgers/ldg_nonexistent", { name: "x" });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(errorBody("LGR_NOT_FOUND", "Ledger not found", {}));
  });
});

describe("GET /ledgers", () => {
  let made: Ledger[] = [];
  beforeAll(async () => {
    made = [];
    for (let index = 0; index < 22; index += 1)
      made.push(await createLedger(`List ${String(index).padStart(2, "0")}`));
  });
  const newestFirst = () => [...made].reverse().map((item) => item.ledger_id);
  const idsOf = (json: unknown) => (json as Ledger[]).map((item) => item.ledger_id);

  it("pages newest first, 10 by default, > 100 meaning 20", async () => {
    const page = await send("GET", "/ledgers");
    expect(page.status).toBe(200);
    expect(idsOf(page.json)).toEqual(newestFirst().slice(0, 10));
    expect(idsOf((await send("GET", "/ledgers?limit=3&offset=2")).json)).toEqual(newestFirst().slice(2, 5));
    expect(idsOf((await send("GET", "/ledgers?limit=500")).json)).toEqual(newestFirst().slice(0, 20));
    expect(idsOf((await send("GET", "/ledgers?limit=100")).json).length).toBeGreaterThan(22);
  });

  it("rejects bad limit and offset with 400", async () => {
    for (const query of ["limit=abc", "limit=0", "limit=-1", "limit=", "limit=1.5"]) {
      const response = await send("GET", `/ledgers?${query}`);
      expect(response.status).toBe(400);
      expect(response.json).toEqual(errorBody("GEN_VALIDATION_ERROR", "Invalid limit value"));
    }
    const offset = await send("GET", "/ledgers?offset=-1");
    expect(offset.json).toEqual(errorBody("GEN_VALIDATION_ERROR", "Invalid offset value"));
  });

  it("applies field_op filters and ignores params without an operator", async () => {
    const named = await send("GET", "/ledgers?name_eq=List%2007");
    expect(idsOf(named.json)).toEqual([made[7]?.ledger_id]);
    const pattern = await send("GET", "/ledgers?name_like=List%201%25&limit=3");
    expect(idsOf(pattern.json)).toEqual(newestFirst().slice(2, 5));
    const either = await send(
      "GET",
      "/ledgers?name_eq=List%2001&ledger_id_eq=general_ledger_id&logical_operator=or",
    );
    expect(idsOf(either.json)).toEqual([made[1]?.ledger_id, "general_ledger_id"]);
    expect(idsOf((await send("GET", "/ledgers?name=List%2001&limit=2")).json)).toEqual(
      newestFirst().slice(0, 2),
    );
    const none = await send("GET", "/ledgers?name_eq=nobody");
    expect(none.text).toBe("[]");
  });

  it("answers bad query filters like Core", async () => {
    const xor = await send("GET", "/ledgers?name_eq=x&logical_operator=xor");
    const errors = [
      { Param: "logical_operator", Message: "invalid logical_operator: must be 'and' or 'or'" },
    ];
    expect(xor.status).toBe(400);
    expect(xor.json).toEqual({
      errors,
      error_detail: { code: "GEN_VALIDATION_ERROR", message: "invalid filter parameters", details: errors },
    });
    const field = await send("GET", "/ledgers?currency_eq=USD");
    expect(field.status).toBe(400);
    const message = "Invalid filter: invalid field 'currency' for table 'ledgers'";
    expect(field.json).toEqual(errorBody("GEN_BAD_REQUEST", message, {}));
  });
});

describe("POST /ledgers/filter", () => {
  beforeAll(async () => {
    await createLedger("Filter Alpha", ',"meta_data":{"region":"eu","rank":3}');
    await createLedger("Filter Beta", ',"meta_data":{"region":"us","rank":10}');
  });
  const names = (json: unknown) => (json as Ledger[]).map((item) => item.name);

  it("filters, sorts and counts", async () => {
    const eq = await send("POST", "/ledgers/filter", {
      filters: [{ field: "name", operator: "eq", value: "Filter Alpha" }],
    });
    expect(eq.status).toBe(200);
    expect(names(eq.json)).toEqual(["Filter Alpha"]);
    const counted = await send("POST", "/ledgers/filter", {
      filters: [{ field: "name", operator: "ilike", value: "filter %" }],
      sort_by: "name",
      sort_order: "asc",
      include_count: true,
      limit: 1,
    });
    expect(JSON.parse(counted.text)).toMatchObject({ data: [{ name: "Filter Alpha" }], total_count: 2 });
    expect(Object.keys(counted.json as object)).toEqual(["data", "total_count"]);
    const meta = await send("POST", "/ledgers/filter", {
      filters: [
        { field: "meta_data.region", operator: "in", values: ["us", "apac"] },
        { field: "meta_data.rank", operator: "gte", value: 5 },
      ],
    });
    expect(names(meta.json)).toEqual(["Filter Beta"]);
    const between = await send("POST", "/ledgers/filter", {
      filters: [{ field: "name", operator: "between", values: ["Filter A", "Filter Az"] }],
    });
    expect(names(between.json)).toEqual(["Filter Alpha"]);
  });

  it("shapes empty results as [] and omits total_count", async () => {
    const none = { filters: [{ field: "name", operator: "eq", value: "nobody" }] };
    expect((await send("POST", "/ledgers/filter", none)).text).toBe("[]");
    expect((await send("POST", "/ledgers/filter", { ...none, include_count: true })).text).toBe(
      '{"data":[]}',
    );
  });

  it("caps limit like Core and rejects bad requests", async () => {
    const big = await send("POST", "/ledgers/filter", { limit: 500 });
    expect((big.json as Ledger[]).length).toBe(20);
    const badJson = await send("POST", "/ledgers/filter", "{nope");
    expect(badJson.status).toBe(400);
    expect(badJson.json).toMatchObject({ error_detail: { code: "GEN_VALIDATION_ERROR" } });
    const xor = await send("POST", "/ledgers/filter", { logical_operator: "xor" });
    expect(xor.json).toEqual(
      errorBody("GEN_VALIDATION_ERROR", "invalid logical_operator: must be 'and' or 'or'"),
    );
    const operator = await send("POST", "/ledgers/filter", {
      filters: [{ field: "name", operator: "contains", value: "x" }],
    });
    const message =
      "Invalid filter: invalid operator 'contains' for field 'name': must be one of eq, ne, gt, gte, lt, lte, in, between, like, ilike, isnull, isnotnull";
    expect(operator.status).toBe(400);
    expect(operator.json).toEqual(errorBody("GEN_BAD_REQUEST", message, {}));
  });
});
