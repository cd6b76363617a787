import { beforeAll, describe, expect, it } from "vitest";
import { formatTime } from "../storage/context";
import {
  insertBalance,
  insertIdentity,
  insertLedger,
  insertTransaction,
  plain,
  plainWith,
} from "../testing/balance-fixtures";
import { errorBody } from "../testing/errors";
import { HUGE, testLedgerForFile } from "../testing/ledger";

let ledgerId: string;
let identityId: string;
let ownedId: string;
let bareId: string;
const ledger = testLedgerForFile({ setUp: seed });

async function seed() {
  ledgerId = await insertLedger(ledger.db, "Customer Wallets");
  identityId = await insertIdentity(ledger.db, {
    organization_name: "Acme Ltd",
    category: "business",
    dob: "1990-05-17T00:00:00Z",
    created_at: "2026-01-02T03:04:05.678Z",
  });
  ownedId = await insertBalance(ledger.db, {
    ledgerId,
    identityId,
    credit: HUGE,
    debit: 1n,
    createdAt: "2026-02-03T04:05:06.789Z",
    metaData: '{"tier":"gold"}',
    trackFundLineage: true,
  });
  const created = await ledger.call("POST", "/balances", `{"ledger_id":"${ledgerId}","currency":"NGN"}`);
  bareId = (plain(created.text) as { balance_id: string }).balance_id;
}

const get = (route: string) => ledger.call("GET", route);

describe("GET /balances/:id", () => {
  it("returns the full stored balance with its real version, lineage flag and strategy", async () => {
    const response = await get(`/balances/${ownedId}`);
    expect(response.status).toBe(200);
    expect(response.text).toBe(
      `{"balance":${HUGE - 1n},"version":3,"inflight_balance":0,"credit_balance":${HUGE},` +
        `"inflight_credit_balance":0,"debit_balance":1,"inflight_debit_balance":0,"ledger_id":"${ledgerId}",` +
        `"identity_id":"${identityId}","balance_id":"${ownedId}","currency":"USD",` +
        `"created_at":"2026-02-03T04:05:06.789Z","inflight_expires_at":"0001-01-01T00:00:00Z",` +
        `"meta_data":{"tier":"gold"},"track_fund_lineage":true,"allocation_strategy":"FIFO"}`,
    );
  });

  it("nests the identity with only the columns Core selects", async () => {
    const response = await get(`/balances/${ownedId}?include=identity`);
    const json = plainWith(response, 200);
    expect(Object.keys(json).slice(10, 13)).toEqual(["currency", "identity", "created_at"]);
    expect(json.identity).toEqual({
      identity_id: identityId,
      identity_type: "",
      organization_name: "Acme Ltd",
      category: "business",
      first_name: "Ada",
      last_name: "Lovelace",
      other_names: "",
      gender: "",
      email_address: "ada@example.com",
      phone_number: "",
      nationality: "",
      street: "",
      country: "",
      state: "",
      post_code: "",
      city: "",
      dob: formatTime("1990-05-17T00:00:00Z"),
      created_at: "2026-01-02T03:04:05.678Z",
      meta_data: null,
    });
    expect(json).not.toHaveProperty("ledger");
  });

  it("nests the ledger with id, name and created_at only, and takes repeated include params", async () => {
    const ledgerOnly = plain((await get(`/balances/${ownedId}?include=ledger`)).text) as Record<
      string,
      unknown
    >;
    expect(ledgerOnly.ledger).toEqual({
      ledger_id: ledgerId,
      name: "Customer Wallets",
      created_at: expect.stringMatching(/Z$/),
      meta_data: null,
    });
    expect(ledgerOnly).not.toHaveProperty("identity");
    const both = plain((await get(`/balances/${ownedId}?include=identity&include=ledger`)).text) as Record<
      string,
      unknown
    >;
    expect(Object.keys(both).slice(10, 14)).toEqual(["currency", "identity", "ledger", "created_at"]);
  });

  it("does not understand a comma-separated include list, like Core", async () => {
    const json = plain((await get(`/balances/${ownedId}?include=identity,ledger`)).text) as Record<
      string,
      unknown
    >;
    expect(json).not.toHaveProperty("identity");
    expect(json).not.toHaveProperty("ledger");
  });

  it("leaves identity out (instead of Core's 500) when the balance has none", async () => {
    const response = await get(`/balances/${bareId}?include=identity&include=ledger`);
    const json = plainWith(response, 200);
    expect(json).not.toHaveProperty("identity");
    expect(json).toHaveProperty("ledger.name", "Customer Wallets");
  });

  it("adds queued amounts after the inflight fields only for with_queued=true", async () => {
    const response = await get(`/balances/${bareId}?with_queued=true`);
    expect(response.text).toContain(
      '"inflight_debit_balance":0,"queued_debit_balance":0,"queued_credit_balance":0,"ledger_id"',
    );
    expect((await get(`/balances/${bareId}?with_queued=1`)).text).not.toContain("queued_");
    expect((await get(`/balances/${bareId}`)).text).not.toContain("queued_");
  });

  it("counts QUEUED transactions the worker has not processed as queued", async () => {
    const at = "2026-03-01T00:00:00Z";
    await insertTransaction(ledger.db, {
      source: ownedId,
      destination: bareId,
      amount: HUGE,
      status: "QUEUED",
      createdAt: at,
    });
    const done = await insertTransaction(ledger.db, {
      source: bareId,
      destination: ownedId,
      amount: 7n,
      status: "QUEUED",
      createdAt: at,
    });
    await insertTransaction(ledger.db, {
      source: bareId,
      destination: ownedId,
      amount: 7n,
      parent: done,
      createdAt: at,
    });
    const owned = await get(`/balances/${ownedId}?with_queued=true`);
    expect(owned.text).toContain(`"queued_debit_balance":${HUGE},"queued_credit_balance":0,`);
    const bare = await get(`/balances/${bareId}?with_queued=true`);
    expect(bare.text).toContain(`"queued_debit_balance":0,"queued_credit_balance":${HUGE},`);
  });

  it("answers an unknown id with 404 BAL_NOT_FOUND", async () => {
    const response = await get("/balances/bln_nonexistent");
    expect(response.status).toBe(404);
    const message = "Balance with ID 'bln_nonexistent' not found";
    expect(plain(response.text)).toEqual(errorBody("BAL_NOT_FOUND", message, {}));
    expect((await get("/balances/bln%00x")).status).toBe(404);
  });
});

describe("GET /balances/indicator/:indicator/currency/:currency", () => {
  let internalId: string;
  beforeAll(async () => {
    const body = '{"ledger_id":"general_ledger_id","currency":"USD","indicator":"@bank","meta_data":{"a":1}}';
    internalId = (plain((await ledger.call("POST", "/balances", body)).text) as { balance_id: string })
      .balance_id;
  });

  it("finds the balance with a raw or encoded @, with meta_data null and real version and lineage", async () => {
    for (const route of [
      "/balances/indicator/@bank/currency/USD",
      "/balances/indicator/%40bank/currency/USD",
    ]) {
      const response = await get(route);
      const json = plainWith(response, 200);
      expect(json).toMatchObject({
        balance_id: internalId,
        indicator: "@bank",
        ledger_id: "general_ledger_id",
        version: 1,
        meta_data: null,
        track_fund_lineage: false,
        allocation_strategy: "FIFO",
      });
    }
  });

  it("is exact and case-sensitive, answering 404 without details", async () => {
    for (const [indicator, currency] of [
      ["@bank", "usd"],
      ["@Bank", "USD"],
      ["bank", "USD"],
    ]) {
      const response = await get(`/balances/indicator/${indicator}/currency/${currency}`);
      expect(response.status).toBe(404);
      const message = `balance with indicator '${indicator}' not found`;
      expect(plain(response.text)).toEqual(errorBody("BAL_NOT_FOUND", message));
    }
  });
});

describe("PUT /balances/:id/identity", () => {
  const put = (id: string, body: string) => ledger.call("PUT", `/balances/${id}/identity`, body);

  it("sets the identity and reports success", async () => {
    const response = await put(bareId, `{"identity_id":"${identityId}"}`);
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"message":"Balance identity updated successfully"}');
    const stored = await ledger.db.query("SELECT identity_id FROM balances WHERE balance_id = $1", [bareId]);
    expect(stored.rows).toEqual([{ identity_id: identityId }]);
  });

  it("requires identity_id with gin's binding message", async () => {
    const message =
      "Key: 'UpdateBalanceIdentity.IdentityId' Error:Field validation for 'IdentityId' failed on the 'required' tag";
    for (const body of ["{}", '{"identity_id":""}', '{"identity_id":null}', "null"]) {
      const response = await put(bareId, body);
      expect(response.status).toBe(400);
      expect(plain(response.text)).toEqual(errorBody("GEN_MALFORMED_REQUEST", message));
    }
  });

  it("refuses bad JSON and wrong types with 400", async () => {
    const broken = await put(bareId, "{nope");
    expect(broken.status).toBe(400);
    expect(plain(broken.text)).toMatchObject({ error_detail: { code: "GEN_MALFORMED_REQUEST" } });
    const typed = await put(bareId, '{"identity_id":42}');
    expect(typed.status).toBe(400);
    expect((plain(typed.text) as { error: string }).error).toBe(
      "json: cannot unmarshal number into Go struct field UpdateBalanceIdentity.identity_id of type string",
    );
  });

  it("answers an unknown identity, then an unknown balance, with 404 BAL_NOT_FOUND", async () => {
    const noIdentity = await put(bareId, '{"identity_id":"idt_missing"}');
    expect(noIdentity.status).toBe(404);
    const identityMessage = "Identity with ID 'idt_missing' not found";
    expect(plain(noIdentity.text)).toEqual(errorBody("BAL_NOT_FOUND", identityMessage, {}));
    const noBalance = await put("bln_missing", `{"identity_id":"${identityId}"}`);
    expect(noBalance.status).toBe(404);
    expect(plain(noBalance.text)).toMatchObject({
      error: "Balance with ID 'bln_missing' not found",
      error_detail: { code: "BAL_NOT_FOUND" },
    });
  });
});
