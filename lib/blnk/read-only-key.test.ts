import { describe, expect, it } from "vitest";
import { filterBalances } from "./balances";
import { filterIdentities } from "./identities";
import { balanceListRowJson, individualJson, worldBalanceRowJson } from "./test-fixtures";
import { blnkFailure, coreError, json, testServerForFile } from "./test-server";
import { filterTransactions } from "./transactions";

// A scoped key with only read scopes against Core ≥ 0.13.2: every POST is a write (api/middleware/scope.go),
// so `/filter` answers 403 (api/middleware/auth.go), while the GET lists with query filters are allowed.
const refused = (resource: string) =>
  coreError(403, "AUTH_INSUFFICIENT_PERMISSIONS", `Insufficient permissions for ${resource}:write`);

const { server, call } = testServerForFile();
const routes = () => server.requests.map((request) => `${request.method} ${request.path}?${request.query}`);

describe("a read-only key", () => {
  it("reads balances through GET /balances with the same filters, exact amounts, and asks /filter only once", async () => {
    server.on("POST /balances/filter", refused("balances"));
    server.on("GET /balances", json(200, `[${balanceListRowJson},${worldBalanceRowJson}]`));
    const query = {
      filters: [{ field: "currency", operator: "eq", value: "EUR" }] as const,
      limit: 21,
      offset: 20,
    };
    const first = await filterBalances(query, call());
    expect(first.items.map((item) => item.balance)).toEqual([10n ** 40n + 1n, -9007199254740993n]);
    // GET lists never count: unknown, never a wrong number.
    expect(first.totalCount).toBeNull();
    expect(first.orderUnavailable).toBeUndefined();
    await filterBalances(query, call());
    expect(routes()).toEqual([
      "POST /balances/filter?",
      "GET /balances?limit=21&offset=20&currency_eq=EUR",
      "GET /balances?limit=21&offset=20&currency_eq=EUR",
    ]);
  });

  it("pages identities with a match-all filter (GET /identities without one returns every row)", async () => {
    server.on("POST /identities/filter", refused("identities"));
    server.on("GET /identities", json(200, `[${individualJson}]`));
    const page = await filterIdentities({ limit: 20, offset: 40 }, call());
    expect(page.items).toHaveLength(1);
    expect(routes()[1]).toBe("GET /identities?limit=20&offset=40&created_at_isnotnull=true");
  });

  it("says when a page cannot be sorted as asked (GET lists are newest first)", async () => {
    server.on("POST /transactions/filter", refused("transactions"));
    server.on("GET /transactions", json(200, "[]"));
    const oldestFirst = await filterTransactions(
      { balanceId: "bln_1", sortOrder: "asc", limit: 10, offset: 0 },
      call(),
    );
    expect(oldestFirst.orderUnavailable).toBe(true);
    expect(routes()[1]).toBe("GET /transactions?limit=10&offset=0&balance_id_eq=bln_1");
    const newestFirst = await filterTransactions({ balanceId: "bln_1", limit: 10, offset: 0 }, call());
    expect(newestFirst.orderUnavailable).toBeUndefined();
  });

  it("a 403 for another scope is not a reason to switch routes, and says which scope is missing", async () => {
    server.on("POST /balances/filter", refused("ledgers"));
    const error = await blnkFailure(filterBalances({ limit: 20, offset: 0 }, call()));
    expect(error.userMessage).toBe("Your Blnk API key lacks ledgers:write.");
    expect(routes()).toEqual(["POST /balances/filter?"]);
  });

  it("a key that may not even read gets the GET list's 403, named", async () => {
    server.on("POST /balances/filter", refused("balances"));
    server.on(
      "GET /balances",
      coreError(403, "AUTH_INSUFFICIENT_PERMISSIONS", "Insufficient permissions for balances:read"),
    );
    const error = await blnkFailure(filterBalances({ limit: 20, offset: 0 }, call()));
    expect(error.userMessage).toBe("Your Blnk API key lacks balances:read.");
  });
});
