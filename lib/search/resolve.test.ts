import { describe, expect, it } from "vitest";
import {
  appliedTransactionJson,
  BALANCE_ID,
  balanceByIdJson,
  IDENTITY_ID,
  individualJson,
  LEDGER_ID,
  ledgerJson,
  transactionWithoutPreciseJson,
  worldBalanceRowJson,
} from "@/lib/blnk/test-fixtures";
import { json, testServerForFile } from "@/lib/blnk/test-server";
import { getRoute } from "@/lib/test-support/routes";
import { resolveText } from "./resolve";
import { resolveRoute } from "./routes";

// The command palette's lookups against a stub Core answering with Core-shaped bodies: each kind of pasted
// text goes to the one endpoint that names it, unknown records are no records, and text that is no ID,
// indicator or reference is never sent to Blnk at all.
const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "", BLNK_API_KEY: "resolve-test-key" } });

const notFound = (what: string) => json(404, `{"error":"${what} not found"}`);
const eurWorldRowJson = worldBalanceRowJson
  .replace('"bln_world"', '"bln_world_eur"')
  .replace('"USD"', '"EUR"');

describe("resolveText", () => {
  it("reads a balance ID as that balance, named by its owner", async () => {
    server.on(`GET /balances/${BALANCE_ID}`, json(200, balanceByIdJson));
    server.on(`GET /identities/${IDENTITY_ID}`, json(200, individualJson));
    expect(await resolveText(` ${BALANCE_ID} `)).toEqual({
      kind: "balance-id",
      records: [
        {
          kind: "balance",
          id: BALANCE_ID,
          href: `/balances/${BALANCE_ID}`,
          title: "Ada Lovelace",
          detail: `1,234,567,890,123,456,789,012,345,678.90 USD · ${BALANCE_ID}`,
        },
      ],
    });
  });

  it("reads ledger, identity and transaction IDs as their records", async () => {
    server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson));
    server.on(`GET /identities/${IDENTITY_ID}`, json(200, individualJson));
    server.on("GET /transactions/txn_1", json(200, appliedTransactionJson));
    expect((await resolveText(LEDGER_ID)).records).toEqual([
      {
        kind: "ledger",
        id: LEDGER_ID,
        href: `/ledgers/${LEDGER_ID}`,
        title: "Customer Wallets",
        detail: `Ledger · ${LEDGER_ID}`,
      },
    ]);
    expect((await resolveText(IDENTITY_ID)).records).toEqual([
      {
        kind: "identity",
        id: IDENTITY_ID,
        href: `/identities/${IDENTITY_ID}`,
        title: "Ada Lovelace",
        detail: `individual · ada@example.com · ${IDENTITY_ID}`,
      },
    ]);
    expect(await resolveText("txn_1")).toEqual({
      kind: "transaction-id",
      records: [
        {
          kind: "transaction",
          id: "txn_1",
          href: "/transactions/txn_1",
          title: "Transaction ref_1_q",
          detail: "1,234,567,890,123,456,789,012,345,678.90 USD · APPLIED · txn_1",
        },
      ],
    });
  });

  it("gives every balance of an @indicator, one per currency, by an exact match", async () => {
    server.on("POST /balances/filter", json(200, `[${worldBalanceRowJson},${eurWorldRowJson}]`));
    const { kind, records } = await resolveText("@World");
    expect(kind).toBe("indicator");
    expect(records.map((record) => [record.title, record.href])).toEqual([
      ["@World · EUR", "/balances/bln_world_eur"],
      ["@World · USD", "/balances/bln_world"],
    ]);
    const sent = JSON.parse(server.requests.at(-1)?.body ?? "{}") as { filters: unknown[] };
    expect(sent.filters).toEqual([{ field: "indicator", operator: "eq", value: "@World" }]);
  });

  it("reads other text without spaces as a transaction reference", async () => {
    server.on("GET /transactions/reference/ref_2", json(200, transactionWithoutPreciseJson));
    expect((await resolveText("ref_2")).records).toEqual([
      expect.objectContaining({ kind: "transaction", id: "txn_2", title: "Transaction ref_2" }),
    ]);
  });

  it("answers no records for an ID or reference Blnk does not have", async () => {
    server.on("GET /transactions/txn_missing", notFound("transaction"));
    server.on("GET /balances/bln_missing", notFound("balance"));
    server.on("GET /transactions/reference/nothing-here", notFound("transaction"));
    server.on("POST /balances/filter", json(200, "[]"));
    expect(await resolveText("txn_missing")).toEqual({ kind: "transaction-id", records: [] });
    expect(await resolveText("bln_missing")).toEqual({ kind: "balance-id", records: [] });
    expect(await resolveText("nothing-here")).toEqual({ kind: "text", records: [] });
    expect(await resolveText("@Nobody")).toEqual({ kind: "indicator", records: [] });
  });

  it("sends names, long text and nothing at all nowhere", async () => {
    expect(await resolveText("Ada Lovelace")).toEqual({ kind: "text", records: [] });
    expect(await resolveText("'; DROP TABLE balances; --")).toEqual({ kind: "text", records: [] });
    expect(await resolveText("x".repeat(10_000))).toEqual({ kind: "text", records: [] });
    expect(await resolveText("   ")).toEqual({ kind: "empty", records: [] });
    expect(server.requests).toEqual([]);
  });

  it("looks a reference up with the text escaped in the path", async () => {
    server.on("GET /transactions/reference/'%3BDROP%C3%BC", notFound("transaction"));
    expect(await resolveText("';DROPü")).toEqual({ kind: "text", records: [] });
    expect(server.requests.map((request) => request.path)).toEqual([
      "/transactions/reference/'%3BDROP%C3%BC",
    ]);
  });
});

describe("the resolve route", () => {
  it("answers the resolution, refuses text over 200 characters, and words a Blnk failure plainly", async () => {
    server.on("GET /transactions/txn_1", json(200, appliedTransactionJson));
    expect(await getRoute(resolveRoute, { q: "txn_1" })).toMatchObject({
      status: 200,
      body: { ok: true, data: { kind: "transaction-id", records: [{ id: "txn_1" }] } },
    });
    expect(await getRoute(resolveRoute, { q: "x".repeat(10_000) })).toEqual({
      status: 400,
      body: { ok: false, error: "Search with at most 200 characters." },
    });
    server.on("GET /transactions/txn_down", json(500, '{"error":"pq: connection refused"}'));
    const failed = await getRoute(resolveRoute, { q: "txn_down" });
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ ok: false });
    expect(JSON.stringify(failed.body)).not.toContain("pq:");
    expect(JSON.stringify(failed.body)).not.toContain("resolve-test-key");
  });
});
