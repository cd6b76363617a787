import { describe, expect, it } from "vitest";
import { balanceByIdJson, IDENTITY_ID, individualJson, worldBalanceRowJson } from "@/lib/blnk/test-fixtures";
import { filterPage, json, testServerForFile } from "@/lib/blnk/test-server";
import { loadBalanceCount, loadBalancesPage } from "./queries";

// The Balances page's loader against a real HTTP server answering with Core-shaped JSON: the raw digits of
// a balance must reach the screen text unchanged, through lib/blnk and lib/money.
const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "" } });

describe("loadBalancesPage", () => {
  it("shows 123456789012345678901234567890 minor units of USD exactly, with owners in one batched call", async () => {
    server.on("POST /balances/filter", filterPage([balanceByIdJson, worldBalanceRowJson], 42));
    server.on("POST /identities/filter", json(200, `[${individualJson}]`));

    const result = await loadBalancesPage({ page: 2 });
    if (!result.ok) throw new Error(result.error.message);
    const [owned, world] = result.data.rows;

    expect(owned?.balance.text).toBe("1,234,567,890,123,456,789,012,345,678.90 USD");
    expect(owned?.balance.raw).toBe("123456789012345678901234567890");
    expect(owned?.inflightBalance.text).toBe("-90,071,992,547,409.93 USD");
    expect(owned?.owner).toMatchObject({ kind: "identity", id: IDENTITY_ID });
    expect(world?.owner).toEqual({ kind: "internal", indicator: "@World" });
    expect(world?.balance.isNegative).toBe(true);
    expect(result.data.hasNext).toBe(false);

    // No count on the page's call (a count over a million rows costs more than the page): one extra row
    // says whether a next page exists.
    const filter = server.requests.find((r) => r.path === "/balances/filter");
    expect(filter?.body).toContain('"include_count":false');
    expect(filter?.body).toContain('"limit":21');
    expect(filter?.body).toContain('"offset":20');
    expect(server.requests.filter((r) => r.path === "/identities/filter")).toHaveLength(1);
  });

  it("loads a shorter page (an identity's last 10) filtered to one owner", async () => {
    const eleven = Array.from({ length: 11 }, () => balanceByIdJson);
    server.on("POST /balances/filter", filterPage(eleven));
    server.on("POST /identities/filter", json(200, `[${individualJson}]`));

    const result = await loadBalancesPage({ page: 2, identityId: IDENTITY_ID }, { pageSize: 10 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data).toMatchObject({ page: 2, pageSize: 10, hasNext: true });
    expect(result.data.rows).toHaveLength(10);
    const filter = server.requests.find((r) => r.path === "/balances/filter");
    expect(filter?.body).toContain('"limit":11');
    expect(filter?.body).toContain('"offset":10');
    expect(filter?.body).toContain(`{"field":"identity_id","operator":"eq","value":"${IDENTITY_ID}"}`);
  });

  it("counts in a call of its own, with the same filters", async () => {
    server.on("POST /balances/filter", filterPage([balanceByIdJson], 1_000_000));
    const result = await loadBalanceCount({ page: 3, ledgerId: "ldg_1" });
    expect(result).toEqual({ ok: true, data: 1_000_000 });
    const filter = server.requests.find((r) => r.path === "/balances/filter");
    expect(filter?.body).toContain('"include_count":true');
    expect(filter?.body).toContain('"limit":1');
    expect(filter?.body).toContain('{"field":"ledger_id","operator":"eq","value":"ldg_1"}');
  });

  it("turns an unreachable Blnk into a plain error instead of throwing", async () => {
    process.env.BLNK_URL = "http://127.0.0.1:9";
    const result = await loadBalancesPage({ page: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("unreachable");
    expect(result.error.userMessage).toContain("http://127.0.0.1:9");
  });
});
