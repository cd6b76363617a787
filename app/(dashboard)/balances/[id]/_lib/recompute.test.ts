import { describe, expect, it } from "vitest";
import { BALANCE_ID } from "@/lib/blnk/test-fixtures";
import { json, testServerForFile } from "@/lib/blnk/test-server";
import { evaluateHealth } from "@/lib/health";
import { input } from "@/lib/health/test-helpers";
import { RECOMPUTE_MAX_TRANSACTIONS } from "./limits";
import { loadRecomputed } from "./queries";

// Health's "Matches its transactions" against Core's GET /balances/:id/at (api/balance.go GetBalanceAtTime):
// stored (snapshots) and recomputed (from_source) values at one instant, amounts beyond 2^64.
const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "" } });
const BIG = 2n ** 70n;

function at(balance: bigint, fromSource: boolean, timestamp = "x") {
  return json(
    200,
    `{"balance":{"balance":${balance},"balance_id":"${BALANCE_ID}","credit_balance":${balance},"currency":"USD","debit_balance":0},"timestamp":"${timestamp}","from_source":${fromSource}}`,
  );
}
const count = (n: number) => json(200, `{"data":[],"total_count":${n}}`);

/** /at answers: `stored` and `recomputed` give the successive values for each kind of read. */
function answerAt(stored: bigint[], recomputed: bigint[]) {
  server.on(`GET /balances/${BALANCE_ID}/at`, (request) => {
    const fromSource = request.query.get("from_source") === "true";
    const list = fromSource ? recomputed : stored;
    const value = (list.length > 1 ? list.shift() : list[0]) ?? 0n;
    return at(value, fromSource, request.query.get("timestamp") ?? "");
  });
}

const healthOf = async () => {
  const recomputed = await loadRecomputed(BALANCE_ID);
  const report = evaluateHealth(input({ recomputed, formatAmount: (amount) => `${amount} minor units` }));
  return report.checks.find((check) => check.id === "recomputed_balance");
};

describe("recomputing a balance for Health", () => {
  it("compares both values at one instant, half a minute back, not the balance as it is now", async () => {
    server.on("POST /transactions/filter", count(12));
    answerAt([BIG + 1n], [BIG + 1n]);
    const before = Date.now();
    const check = await healthOf();
    expect(check?.status).toBe("pass");
    const stamps = server.requests.filter((r) => r.path.endsWith("/at")).map((r) => r.query.get("timestamp"));
    expect(stamps).toHaveLength(2);
    expect(stamps[0]).toBe(stamps[1]);
    const age = before - Date.parse(stamps[0] ?? "");
    expect(age).toBeGreaterThanOrEqual(29_000);
    expect(age).toBeLessThan(40_000);
    // Only applied transactions are counted (they are what Core sums).
    expect(server.requests[0]?.body).toContain('{"field":"status","operator":"eq","value":"APPLIED"}');
  });

  it("a difference that is gone on the second read was a race, not a fault: no Unhealthy", async () => {
    server.on("POST /transactions/filter", count(12));
    answerAt([BIG, BIG + 5n], [BIG + 5n]);
    expect((await healthOf())?.status).toBe("pass");
    expect(server.requests.filter((r) => r.path.endsWith("/at"))).toHaveLength(4);
  });

  it("a difference that stays is reported, exact to the last digit", async () => {
    server.on("POST /transactions/filter", count(12));
    answerAt([BIG], [BIG + 1n]);
    const check = await healthOf();
    expect(check?.status).toBe("fail");
    expect(check?.reason).toContain(`balance ${BIG} minor units stored, ${BIG + 1n} minor units recomputed`);
  });

  it("is skipped with the reason above the transaction limit, without asking Core to sum them", async () => {
    server.on("POST /transactions/filter", count(RECOMPUTE_MAX_TRANSACTIONS + 1));
    answerAt([0n], [0n]);
    const check = await healthOf();
    expect(check?.status).toBe("skipped");
    expect(check?.reason).toMatch(
      /^Too many transactions to recompute here \(200,001; the limit is 200,000\)\.$/,
    );
    expect(server.requests.filter((r) => r.path.endsWith("/at"))).toHaveLength(0);
  });

  it("a server that ignores from_source cannot recompute: skipped, not a false pass", async () => {
    server.on("POST /transactions/filter", count(3));
    server.on(`GET /balances/${BALANCE_ID}/at`, at(7n, false));
    expect(await loadRecomputed(BALANCE_ID)).toBe("unsupported");
  });
});
