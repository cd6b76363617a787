import { describe, expect, it } from "vitest";
import { insertIdentity, insertLedger, plain, plainWith } from "../testing/balance-fixtures";
import { errorBody, errorsBody } from "../testing/errors";
import { testLedgerForFile } from "../testing/ledger";

let ledgerId: string;
const ledger = testLedgerForFile({
  setUp: async () => {
    ledgerId = await insertLedger(ledger.db);
  },
});

const post = (body: string) => ledger.call("POST", "/balances", body);

describe("POST /balances: success", () => {
  it("returns Core's 201 body, field for field and in order, with version 0", async () => {
    const response = await post(JSON.stringify({ ledger_id: ledgerId, currency: "USD" }));
    const { balance_id: id, created_at: createdAt } = plainWith<Record<string, string>>(response, 201);
    expect(id).toMatch(/^bln_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(response.text).toBe(
      `{"balance":0,"version":0,"inflight_balance":0,"credit_balance":0,"inflight_credit_balance":0,` +
        `"debit_balance":0,"inflight_debit_balance":0,"ledger_id":"${ledgerId}","identity_id":"",` +
        `"balance_id":"${id}","currency":"USD","created_at":"${createdAt}",` +
        `"inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null,` +
        `"track_fund_lineage":false,"allocation_strategy":"FIFO"}`,
    );
    // The row itself starts at Core's DB default version 1, and GET agrees with the create time.
    const stored = await ledger.db.query<{ version: number; meta_data: unknown }>(
      "SELECT version, meta_data FROM balances WHERE balance_id = $1",
      [id],
    );
    expect(stored.rows).toEqual([{ version: 1, meta_data: null }]);
    const fetched = plain((await ledger.call("GET", `/balances/${id}`)).text) as Record<string, unknown>;
    expect(fetched.version).toBe(1);
    expect(fetched.created_at).toBe(createdAt);
  });

  it("keeps the identity, lineage flag, normalized strategy and metadata, and ignores precision", async () => {
    const identityId = await insertIdentity(ledger.db);
    const body =
      `{"ledger_id":"${ledgerId}","currency":"eur","identity_id":"${identityId}","track_fund_lineage":true,` +
      `"allocation_strategy":"  lifo ","precision":100,` +
      `"meta_data":{"z":1,"a":{"y":true,"b":123456789012345678901234567890}}}`;
    const response = await post(body);
    const json = plainWith(response, 201);
    expect(json).toMatchObject({
      identity_id: identityId,
      currency: "eur",
      track_fund_lineage: true,
      allocation_strategy: "LIFO",
    });
    expect(json).not.toHaveProperty("precision");
    expect(json).not.toHaveProperty("indicator");
    // Go marshals maps with sorted keys; big numbers in metadata keep every digit.
    expect(response.text).toContain(`"meta_data":{"a":{"b":123456789012345678901234567890,"y":true},"z":1}`);
    const fetched = await ledger.call("GET", `/balances/${json.balance_id}`);
    expect(fetched.text).toContain(`"meta_data":{"a":{"b":123456789012345678901234567890,"y":true},"z":1}`);
    expect(fetched.text).toContain(`"track_fund_lineage":true,"allocation_strategy":"LIFO"}`);
  });

  it("accepts PROPORTIONAL, an empty meta_data object, nulls as absent, and keys in any case", async () => {
    const response = await post(
      `{"Ledger_ID":"${ledgerId}","CURRENCY":"GBP","allocation_strategy":"proportional","meta_data":{},` +
        `"identity_id":null,"indicator":null,"unknown_field":[1,2]}`,
    );
    expect(response.status).toBe(201);
    expect(plain(response.text)).toMatchObject({
      ledger_id: ledgerId,
      currency: "GBP",
      identity_id: "",
      meta_data: {},
      allocation_strategy: "PROPORTIONAL",
    });
  });

  it("creates an internal balance in the General Ledger with a trimmed indicator", async () => {
    const response = await post(
      '{"ledger_id":"general_ledger_id","currency":"USD","indicator":"  @create-cash "}',
    );
    const json = plainWith(response, 201);
    expect(json.indicator).toBe("@create-cash");
    expect(Object.keys(json).slice(8, 12)).toEqual(["identity_id", "balance_id", "indicator", "currency"]);
  });
});

describe("POST /balances: validation (400 GEN_VALIDATION_ERROR, legacy key errors)", () => {
  const cases: [string, string, string][] = [
    ["both required fields", "{}", "currency: cannot be blank; ledger_id: cannot be blank."],
    ["a null body", "null", "currency: cannot be blank; ledger_id: cannot be blank."],
    ["ledger_id", '{"currency":"USD"}', "ledger_id: cannot be blank."],
    ["an empty currency", '{"ledger_id":"ldg_x","currency":""}', "currency: cannot be blank."],
    ["a null ledger_id", '{"ledger_id":null,"currency":"USD"}', "ledger_id: cannot be blank."],
    [
      "identity with lineage",
      '{"ledger_id":"ldg_x","currency":"USD","track_fund_lineage":true}',
      "identity_id: identity_id is required when track_fund_lineage is enabled.",
    ],
    [
      "the allocation strategy",
      '{"ledger_id":"ldg_x","currency":"USD","allocation_strategy":"newest"}',
      "allocation_strategy: allocation_strategy must be one of: FIFO, LIFO, PROPORTIONAL.",
    ],
    [
      "an indicator outside the General Ledger",
      '{"ledger_id":"ldg_x","currency":"USD","indicator":"@cash"}',
      "indicator: indicator is only allowed for General Ledger balances (ledger_id = general_ledger_id).",
    ],
    [
      "an indicator without @",
      '{"ledger_id":"general_ledger_id","currency":"USD","indicator":"cash"}',
      "indicator: indicator must start with '@' and contain no whitespace (e.g. '@cash').",
    ],
    [
      "an indicator with inner whitespace",
      '{"ledger_id":"general_ledger_id","currency":"USD","indicator":"@cash flow"}',
      "indicator: indicator must start with '@' and contain no whitespace (e.g. '@cash').",
    ],
    [
      "every field at once, sorted by name",
      '{"track_fund_lineage":true,"allocation_strategy":"x","indicator":"@a"}',
      "allocation_strategy: allocation_strategy must be one of: FIFO, LIFO, PROPORTIONAL; currency: cannot be blank; " +
        "identity_id: identity_id is required when track_fund_lineage is enabled; " +
        "indicator: indicator is only allowed for General Ledger balances (ledger_id = general_ledger_id); " +
        "ledger_id: cannot be blank.",
    ],
  ];
  it.each(cases)("checks %s", async (_name, body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(plain(response.text)).toEqual(errorsBody("GEN_VALIDATION_ERROR", message));
  });
});

describe("POST /balances: malformed bodies (400 GEN_MALFORMED_REQUEST, legacy key error)", () => {
  const typeCases: [string, string][] = [
    [
      '{"ledger_id":"l","currency":5}',
      "json: cannot unmarshal number into Go struct field CreateBalance.currency of type string",
    ],
    [
      '{"ledger_id":["l"]}',
      "json: cannot unmarshal array into Go struct field CreateBalance.ledger_id of type string",
    ],
    [
      '{"meta_data":"x"}',
      "json: cannot unmarshal string into Go struct field CreateBalance.meta_data of type map[string]interface {}",
    ],
    [
      '{"meta_data":[1]}',
      "json: cannot unmarshal array into Go struct field CreateBalance.meta_data of type map[string]interface {}",
    ],
    [
      '{"track_fund_lineage":"yes"}',
      "json: cannot unmarshal string into Go struct field CreateBalance.track_fund_lineage of type bool",
    ],
    [
      '{"precision":"2"}',
      "json: cannot unmarshal string into Go struct field CreateBalance.precision of type float64",
    ],
    [
      '{"precision":1e999}',
      "json: cannot unmarshal number 1e999 into Go struct field CreateBalance.precision of type float64",
    ],
    [
      '{"indicator":{}}',
      "json: cannot unmarshal object into Go struct field CreateBalance.indicator of type string",
    ],
    ["[]", "json: cannot unmarshal array into Go value of type model.CreateBalance"],
    ['"text"', "json: cannot unmarshal string into Go value of type model.CreateBalance"],
    ["", "EOF"],
  ];
  it.each(typeCases)("refuses %s", async (body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(plain(response.text)).toEqual(errorBody("GEN_MALFORMED_REQUEST", message));
  });

  it("refuses invalid JSON with the malformed code and key error", async () => {
    const response = await post('{"ledger_id":');
    expect(response.status).toBe(400);
    const json = plain(response.text) as { error: string; error_detail: { code: string; message: string } };
    expect(json.error_detail.code).toBe("GEN_MALFORMED_REQUEST");
    expect(json.error).toBe(json.error_detail.message);
    expect(json.error.length).toBeGreaterThan(0);
    expect(json).not.toHaveProperty("errors");
  });
});

describe("POST /balances: database outcomes", () => {
  it("answers an unknown ledger with 400 Invalid ledger ID", async () => {
    const response = await post('{"ledger_id":"ldg_missing","currency":"USD"}');
    const json = plainWith<Record<string, Record<string, unknown>>>(response, 400);
    expect(json.error).toBe("Invalid ledger ID");
    expect(json.error_detail).toMatchObject({ code: "GEN_BAD_REQUEST", message: "Invalid ledger ID" });
    expect(json.error_detail?.details).toMatchObject({ Code: "23503", Severity: "ERROR" });
  });

  it("answers an unknown identity with the same Invalid ledger ID (Core's shared FK path)", async () => {
    const response = await post(`{"ledger_id":"${ledgerId}","currency":"USD","identity_id":"idt_missing"}`);
    expect(response.status).toBe(400);
    expect(plain(response.text)).toMatchObject(errorBody("GEN_BAD_REQUEST", "Invalid ledger ID"));
  });

  it("answers a duplicate (indicator, currency) with 409 and leaves other currencies free", async () => {
    const body = '{"ledger_id":"general_ledger_id","currency":"USD","indicator":"@dup"}';
    expect((await post(body)).status).toBe(201);
    const again = await post(body.replace('"@dup"', '" @dup"'));
    expect(again.status).toBe(409);
    const message = "Balance already exists for indicator '@dup' and 'USD'";
    expect(plain(again.text)).toMatchObject(errorBody("GEN_CONFLICT", message));
    expect((await post(body.replace("USD", "EUR"))).status).toBe(201);
    const count = await ledger.db.query("SELECT 1 FROM balances WHERE indicator = '@dup'");
    expect(count.rows).toHaveLength(2);
  });

  it("refuses text Postgres cannot store with a 400, never a 500", async () => {
    const response = await post(`{"ledger_id":"${ledgerId}","currency":"US\\u0000D"}`);
    expect(response.status).toBe(400);
    expect(plain(response.text)).toMatchObject({ error_detail: { code: "GEN_BAD_REQUEST" } });
  });
});
