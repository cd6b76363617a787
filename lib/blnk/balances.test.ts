import { describe, expect, it } from "vitest";
import { createBalance, filterBalances, getBalance, getBalanceAt, getBalanceByIndicator } from "./balances";
import { BlnkError } from "./errors";
import {
  BALANCE_ID,
  balanceByIdJson,
  balanceListRowJson,
  createdBalanceJson,
  IDENTITY_ID,
  LEDGER_ID,
  nestedIdentityJson,
  nestedLedgerJson,
  worldBalanceRowJson,
} from "./test-fixtures";
import { coreError, filterPage, json, testServerForFile } from "./test-server";

const { server, call } = testServerForFile();

describe("getBalance", () => {
  it("keeps every amount exact and reads real by-id columns", async () => {
    server.on(`GET /balances/${BALANCE_ID}`, json(200, balanceByIdJson));
    const balance = await getBalance(BALANCE_ID, {}, call());
    expect(balance).toMatchObject({
      id: BALANCE_ID,
      ledgerId: LEDGER_ID,
      identityId: IDENTITY_ID,
      indicator: null,
      currency: "USD",
      balance: 123456789012345678901234567890n,
      creditBalance: 123456789012345678901234567890n,
      debitBalance: 0n,
      inflightBalance: -9007199254740993n,
      inflightDebitBalance: 9007199254740993n,
      inflightExpiresAt: "2026-09-01T00:00:00Z",
      trackFundLineage: true,
      allocationStrategy: "LIFO",
      version: 3,
      metadata: { customer: "acme", huge: 10n ** 40n + 1n, rate: 0.1 },
    });
    expect(balance).not.toHaveProperty("queuedCreditBalance");
    expect(server.requests[0]?.query.toString()).toBe("");
  });

  it("repeats include params, asks for queued amounts and tolerates the thin nested objects", async () => {
    const body = balanceByIdJson.replace(
      /\}$/,
      `,"queued_debit_balance":5,"queued_credit_balance":98765432109876543210,"identity":${nestedIdentityJson},"ledger":${nestedLedgerJson}}`,
    );
    server.on(`GET /balances/${BALANCE_ID}`, json(200, body));
    const balance = await getBalance(
      BALANCE_ID,
      { include: ["identity", "ledger"], withQueued: true },
      call(),
    );
    expect(server.requests[0]?.query.getAll("include")).toEqual(["identity", "ledger"]);
    expect(server.requests[0]?.query.get("with_queued")).toBe("true");
    expect(balance.queuedCreditBalance).toBe(98765432109876543210n);
    expect(balance.queuedDebitBalance).toBe(5n);
    expect(balance.identity).toMatchObject({ id: IDENTITY_ID, type: "", dob: null, metadata: null });
    expect(balance.identity?.displayName).toBe("Ada Lovelace");
    expect(balance.ledger).toEqual({
      id: LEDGER_ID,
      name: "Customer Wallets",
      createdAt: "2026-08-01T12:00:00Z",
      metadata: null,
    });
  });

  it("finds an internal balance by indicator with the @ and currency encoded", async () => {
    server.on("GET /balances/indicator/%40World/currency/USD%2BX", json(200, worldBalanceRowJson));
    const balance = await getBalanceByIndicator("@World", "USD+X", call());
    expect(balance).toMatchObject({ id: "bln_world", indicator: "@World", ledgerId: "general_ledger_id" });
  });
});

describe("filterBalances", () => {
  it("sends a lossless FilterRequest (bigint as decimal text) with the limit clamped to 100", async () => {
    server.on("POST /balances/filter", json(200, '{"data":[],"total_count":0}'));
    await filterBalances(
      {
        filters: [
          { field: "balance", operator: "gt", value: 10n ** 40n + 1n },
          { field: "currency", operator: "in", values: ["USD", "EUR"] },
        ],
        limit: 500,
        offset: 40,
        sortBy: "balance",
        sortOrder: "asc",
      },
      call(),
    );
    expect(server.requests[0]?.body).toBe(
      '{"filters":[{"field":"balance","operator":"gt","value":"10000000000000000000000000000000000000001"},' +
        '{"field":"currency","operator":"in","values":["USD","EUR"]}],' +
        '"include_count":true,"limit":100,"offset":40,"sort_by":"balance","sort_order":"asc"}',
    );
  });

  it("reshapes list rows without trusting the unselected columns", async () => {
    server.on("POST /balances/filter", filterPage([balanceListRowJson, worldBalanceRowJson], 42));
    const page = await filterBalances({ limit: 20, offset: 0 }, call());
    expect(page.totalCount).toBe(42);
    expect(page.items[0]).toMatchObject({
      id: "bln_list_1",
      balance: 10n ** 40n + 1n,
      identityId: null,
      indicator: null,
      inflightExpiresAt: null,
      trackFundLineage: null,
      allocationStrategy: null,
      version: 0,
      metadata: null,
    });
    expect(page.items[0]).not.toHaveProperty("currencyMultiplier");
    expect(page.items[1]).toMatchObject({ indicator: "@World", balance: -9007199254740993n, metadata: {} });
  });

  it.each([
    ["null body", "null", { items: [], totalCount: null }],
    ["data null, total omitted", '{"data":null}', { items: [], totalCount: 0 }],
    ["empty data, total omitted", '{"data":[]}', { items: [], totalCount: 0 }],
  ])("tolerates %s", async (_name, body, expected) => {
    server.on("POST /balances/filter", json(200, body));
    expect(await filterBalances({ limit: 10, offset: 0 }, call())).toEqual(expected);
  });

  it("treats an empty 200 body as a bad response, not an empty list", async () => {
    server.on("POST /balances/filter", { status: 200, body: "" });
    await expect(filterBalances({ limit: 10, offset: 0 }, call())).rejects.toMatchObject({
      kind: "bad_response",
    });
  });

  it("reports an unknown count when rows came back without total_count", async () => {
    server.on("POST /balances/filter", json(200, `[${balanceListRowJson}]`));
    const page = await filterBalances({ limit: 10, offset: 0, includeCount: false }, call());
    expect(page.items).toHaveLength(1);
    expect(page.totalCount).toBeNull();
    expect(server.requests[0]?.body).toContain('"include_count":false');
  });

  it("falls back to GET /balances with query filters when the filter route is missing", async () => {
    // No POST /balances/filter route: the test server answers gin's plain-text 404.
    server.on("GET /balances", json(200, `[${worldBalanceRowJson}]`));
    const page = await filterBalances(
      {
        filters: [
          { field: "currency", operator: "eq", value: "USD" },
          { field: "ledger_id", operator: "in", values: ["a", "b"] },
        ],
        limit: 250,
        offset: 10,
      },
      call(),
    );
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /balances/filter",
      "GET /balances",
    ]);
    expect(server.requests[1]?.query.toString()).toBe(
      "limit=100&offset=10&currency_eq=USD&ledger_id_in=a%2Cb",
    );
    expect(page).toMatchObject({ totalCount: null, items: [{ id: "bln_world", trackFundLineage: null }] });
  });

  it("does not fall back on a Blnk JSON 404", async () => {
    server.on("POST /balances/filter", coreError(404, "GEN_NOT_FOUND", "not found"));
    await expect(filterBalances({ limit: 10, offset: 0 }, call())).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe("createBalance", () => {
  it("writes a snake_case body with bare bigint metadata, omitting unset fields", async () => {
    server.on("POST /balances", json(201, createdBalanceJson));
    const balance = await createBalance(
      {
        ledgerId: LEDGER_ID,
        currency: "USD",
        identityId: IDENTITY_ID,
        trackFundLineage: true,
        allocationStrategy: "FIFO",
        metadata: { limit: 10n ** 20n },
      },
      call(),
    );
    expect(server.requests[0]?.body).toBe(
      `{"ledger_id":"${LEDGER_ID}","currency":"USD","identity_id":"${IDENTITY_ID}","track_fund_lineage":true,` +
        `"allocation_strategy":"FIFO","meta_data":{"limit":100000000000000000000}}`,
    );
    // The create response carries real lineage columns (unlike list rows).
    expect(balance).toMatchObject({
      id: "bln_new",
      version: 0,
      trackFundLineage: false,
      allocationStrategy: "FIFO",
      identityId: null,
      metadata: { limit: 10n ** 20n },
    });

    await createBalance({ ledgerId: LEDGER_ID, currency: "EUR" }, call());
    expect(server.requests[1]?.body).toBe(`{"ledger_id":"${LEDGER_ID}","currency":"EUR"}`);
  });
});

describe("getBalanceAt", () => {
  const atJson = `{"balance":{"balance":-9007199254740993,"balance_id":"${BALANCE_ID}","credit_balance":1,
"currency":"USD","debit_balance":9007199254740994},"timestamp":"2026-08-01T00:00:00Z","from_source":true}`;

  it("sends UTC timestamps and reads the historical amounts exactly", async () => {
    server.on(`GET /balances/${BALANCE_ID}/at`, json(200, atJson));
    const result = await getBalanceAt(
      BALANCE_ID,
      { timestamp: new Date("2026-08-01T02:00:00+02:00"), fromSource: true },
      call(),
    );
    expect(server.requests[0]?.query.get("timestamp")).toBe("2026-08-01T00:00:00.000Z");
    expect(server.requests[0]?.query.get("from_source")).toBe("true");
    expect(result).toEqual({
      balance: {
        id: BALANCE_ID,
        balance: -9007199254740993n,
        creditBalance: 1n,
        debitBalance: 9007199254740994n,
        currency: "USD",
      },
      timestamp: "2026-08-01T00:00:00Z",
      fromSource: true,
    });

    await getBalanceAt(BALANCE_ID, { timestamp: "2026-08-01T02:00:00+02:00" }, call());
    expect(server.requests[1]?.query.toString()).toBe("timestamp=2026-08-01T00%3A00%3A00.000Z");
  });

  it("rejects an invalid timestamp before calling Blnk", async () => {
    const error = await getBalanceAt(BALANCE_ID, { timestamp: "yesterday-ish" }, call()).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BlnkError);
    expect(error).toMatchObject({ kind: "validation", field: "timestamp" });
    expect(server.requests).toHaveLength(0);
  });
});
