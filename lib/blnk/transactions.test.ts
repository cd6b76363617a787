import { describe, expect, it } from "vitest";
import { BlnkError } from "./errors";
import { appliedTransactionJson, BALANCE_ID, transactionWithoutPreciseJson } from "./test-fixtures";
import { filterPage, json, testServerForFile } from "./test-server";
import { filterTransactions } from "./transactions";

const { server, call } = testServerForFile();

describe("filterTransactions", () => {
  it("filters on the virtual balance_id field", async () => {
    server.on("POST /transactions/filter", json(200, '{"data":[]}'));
    await filterTransactions(
      {
        balanceId: BALANCE_ID,
        filters: [{ field: "amount", operator: "between", values: [1n, 10n ** 30n] }],
        limit: 25,
        offset: 50,
        sortOrder: "asc",
      },
      call(),
    );
    expect(server.requests[0]?.body).toBe(
      `{"filters":[{"field":"balance_id","operator":"eq","value":"${BALANCE_ID}"},` +
        '{"field":"amount","operator":"between","values":["1","1000000000000000000000000000000"]}],' +
        '"include_count":true,"limit":25,"offset":50,"sort_order":"asc"}',
    );
  });

  it("reads exact precise amounts, deriving them when Core omits precise_amount", async () => {
    server.on(
      "POST /transactions/filter",
      filterPage([appliedTransactionJson, transactionWithoutPreciseJson], 2),
    );
    const page = await filterTransactions({ balanceId: BALANCE_ID, limit: 20, offset: 0 }, call());
    expect(page.totalCount).toBe(2);
    expect(page.items[0]).toMatchObject({
      id: "txn_1",
      parentTransaction: "txn_0",
      preciseAmount: 123456789012345678901234567890n,
      precision: 100,
      source: BALANCE_ID,
      destination: "@World",
      status: "APPLIED",
      description: "payout",
      effectiveDate: null,
      inflight: false,
      allowOverdraft: true,
    });
    expect(page.items[1]).toMatchObject({
      id: "txn_2",
      parentTransaction: null,
      preciseAmount: -1234n,
      amount: -12.34,
      description: "",
      effectiveDate: "2026-08-21T00:00:00Z",
      metadata: null,
      inflight: true,
    });
    expect(page.items[1]).not.toHaveProperty("sources");
  });

  it("fails as bad_response when a missing precise_amount cannot be derived exactly", async () => {
    const body = transactionWithoutPreciseJson.replace(
      '"amount_string":"-12.34"',
      '"amount_string":"-12.345"',
    );
    server.on("POST /transactions/filter", json(200, `[${body}]`));
    const error = await filterTransactions({ limit: 20, offset: 0 }, call()).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BlnkError);
    expect(error).toMatchObject({
      kind: "bad_response",
      details: { issues: [{ path: "0.precise_amount", message: expect.stringContaining("exact") }] },
    });
  });

  it("rejects a malformed filter before calling Blnk", async () => {
    const error = await filterTransactions(
      { filters: [{ field: "status", operator: "in", values: [] }], limit: 20, offset: 0 },
      call(),
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "validation", field: "status", status: 0 });
    expect(server.requests).toHaveLength(0);
  });
});
