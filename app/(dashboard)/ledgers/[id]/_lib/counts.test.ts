import { describe, expect, it } from "vitest";
import { appliedTransactionJson, balanceListRowJson, LEDGER_ID } from "@/lib/blnk/test-fixtures";
import { coreError, filterPage, json, type RecordedRequest, testServerForFile } from "@/lib/blnk/test-server";
import { NO_TOTAL_REASON } from "@/lib/format/count";
import { loadLedgerCounts, TOO_MANY_BALANCES } from "./counts";

// The ledger page's two counts against a stub answering like Core, to pin the requests and what a failure shows.
const { server } = testServerForFile({ env: {} });

type Filter = { field: string; operator: string; value?: string; values?: string[] };
type Body = { filters: Filter[]; include_count: boolean; limit: number; offset: number };
const bodyOf = (request: RecordedRequest) => JSON.parse(request.body) as Body;
const bodies = (path: string) => server.requests.filter((r) => r.path === path).map(bodyOf);
const isQueued = (body: Body) => body.filters.some((f) => f.field === "status" && f.value === "QUEUED");

/** A list row as Core sends it, with its own ID. */
const balanceRow = (id: string) => balanceListRowJson.replace('"bln_list_1"', `"${id}"`);

const settled = async (id = LEDGER_ID) => {
  const counts = loadLedgerCounts(id);
  return { balances: await counts.balances, transactions: await counts.transactions };
};

describe("loadLedgerCounts", () => {
  it("counts the ledger's balances, then the transactions on them in one balance_id in […] filter, queued pairs once", async () => {
    server.on("POST /balances/filter", filterPage([balanceRow("bln_a"), balanceRow("bln_b")], 2));
    server.on("POST /transactions/filter", (request) =>
      isQueued(bodyOf(request))
        ? filterPage([appliedTransactionJson], 1)
        : filterPage([appliedTransactionJson], 4),
    );
    expect(await settled()).toEqual({ balances: { count: 2 }, transactions: { count: 3 } });

    expect(bodies("/balances/filter")).toEqual([
      {
        filters: [{ field: "ledger_id", operator: "eq", value: LEDGER_ID }],
        include_count: true,
        limit: 100,
        offset: 0,
      },
    ]);
    const [all, queued] = bodies("/transactions/filter").sort((a) => (isQueued(a) ? 1 : -1));
    // Core turns this into (source = ANY($1) OR destination = ANY($1)): a transfer between bln_a and bln_b
    // is one row, so one transaction.
    expect(all).toEqual({
      filters: [{ field: "balance_id", operator: "in", values: ["bln_a", "bln_b"] }],
      include_count: true,
      limit: 1,
      offset: 0,
    });
    expect(queued?.filters).toEqual([
      ...(all?.filters ?? []),
      { field: "status", operator: "eq", value: "QUEUED" },
    ]);
  });

  it("a ledger without balances (data null, no total_count) has 0 of each, without asking for transactions", async () => {
    server.on("POST /balances/filter", json(200, `{"data":null}`));
    expect(await settled()).toEqual({ balances: { count: 0 }, transactions: { count: 0 } });
    expect(bodies("/transactions/filter")).toHaveLength(0);
  });

  it("counts no transactions past 100 balances, and says so", async () => {
    server.on("POST /balances/filter", filterPage([balanceRow("bln_a")], 101));
    expect(await settled()).toEqual({
      balances: { count: 101 },
      transactions: { count: null, reason: TOO_MANY_BALANCES },
    });
    expect(TOO_MANY_BALANCES).toBe("Counted only for ledgers with up to 100 balances.");
    expect(bodies("/transactions/filter")).toHaveLength(0);
  });

  it("counts exactly 100 balances' transactions (all of them fit in the one page)", async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => balanceRow(`bln_${i}`));
    server.on("POST /balances/filter", filterPage(hundred, 100));
    server.on("POST /transactions/filter", (request) =>
      isQueued(bodyOf(request)) ? json(200, `{"data":null}`) : filterPage([appliedTransactionJson], 7),
    );
    expect(await settled()).toEqual({ balances: { count: 100 }, transactions: { count: 7 } });
    expect(bodies("/transactions/filter")[0]?.filters[0]?.values).toHaveLength(100);
  });

  it("a read-only key (403 on /filter; GET lists give no total) shows both as not counted, with the reason", async () => {
    const refused = (resource: string) =>
      coreError(403, "AUTH_INSUFFICIENT_PERMISSIONS", `Insufficient permissions for ${resource}:write`);
    server.on("POST /balances/filter", refused("balances"));
    server.on("GET /balances", json(200, `[${balanceRow("bln_a")}]`));
    const unavailable = { count: null, reason: NO_TOTAL_REASON };
    expect(await settled()).toEqual({ balances: unavailable, transactions: unavailable });
  });

  it("Blnk failing gives the error as the reason, for both counts when the balances call fails", async () => {
    server.on("POST /balances/filter", coreError(500, "INTERNAL_SERVER_ERROR", "database is down"));
    const { balances, transactions } = await settled();
    expect(balances.count).toBeNull();
    expect(balances.count === null && balances.reason).toMatch(
      /^Not counted: Blnk had an internal error \(HTTP 500\)/,
    );
    expect(transactions).toEqual(balances);
  });

  it("a failed transactions count leaves the balances count standing", async () => {
    server.on("POST /balances/filter", filterPage([balanceRow("bln_a")], 1));
    server.on("POST /transactions/filter", coreError(500, "INTERNAL_SERVER_ERROR", "timeout scanning"));
    const { balances, transactions } = await settled();
    expect(balances).toEqual({ count: 1 });
    expect(transactions.count === null && transactions.reason).toMatch(
      /^Not counted: Blnk had an internal error \(HTTP 500\)/,
    );
  });
});
