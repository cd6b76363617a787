import { beforeAll, describe, expect, it, vi } from "vitest";
import { ledgerSuiteForFile } from "@/lib/test-support/ledger-suite";
import { parsePeriod } from "./period";
import { loadStatement, STATEMENT_PAGE_SIZE } from "./statement";

// A balance's statement against the embedded ledger over HTTP: the movements of the period (backdated with
// effective dates), Blnk's historical balances at both ends, amounts past 2^64, holds listed apart.

vi.setConfig({ testTimeout: 60_000 });

const KEY = "statement-test-key-5d21c9";
const BIG = 10n ** 40n + 1n;
const NOW = new Date();
const { ledger } = ledgerSuiteForFile({
  key: KEY,
  ledgers: { ledger: null },
  env: ({ ledger }) => ({ BLNK_URL: ledger.url, BLNK_API_KEY: KEY, CURRENCY_PRECISION: "" }),
});
let balanceId: string;

const day = (n: number) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() - n));
const dayText = (n: number) => day(n).toISOString().slice(0, 10);

async function post(body: string) {
  const response = await fetch(`${ledger.url}/transactions`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-blnk-key": KEY },
    body,
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as { transaction_id: string };
}

/** Money in (from @world) or out (to @fees) of the balance, effective at `at`. */
function move(direction: "in" | "out", amount: bigint, at: Date, extra = "") {
  const [source, destination] = direction === "in" ? ["@world", balanceId] : [balanceId, "@fees"];
  return post(`{"precise_amount":${amount},"precision":100,"currency":"USD","source":"${source}",
"destination":"${destination}","description":"Statement ${direction}","reference":"st_${crypto.randomUUID()}",
"allow_overdraft":true,"skip_queue":true,"effective_date":"${at.toISOString()}"${extra}}`);
}

beforeAll(async () => {
  const { destination } = await ledger.newBalances("Statement");
  balanceId = destination;
  // Before the period: part of the opening balance.
  await move("in", BIG, new Date(day(40).getTime() + 3_600_000));
  // 60 movements in the period (two pages), 20–1 days ago, alternating in and out.
  for (let n = 0; n < 60; n += 1) {
    const at = new Date(day(20 - Math.floor(n / 3)).getTime() + (n % 3) * 3_600_000 + 60_000);
    await move(n % 2 === 0 ? "in" : "out", BigInt(n + 1) * 100n, at);
  }
  // A hold placed in the period: listed apart, not a movement.
  await move("out", 777n, new Date(day(5).getTime() + 7_200_000), ',"inflight":true');
}, 180_000);
function period(from: number, to: number) {
  const result = parsePeriod(dayText(from), dayText(to), NOW);
  if (!result.ok) throw new Error(result.message);
  return result.period;
}

describe("loadStatement", () => {
  it("opening + credits − debits = Blnk's closing, exactly, past 2^64", async () => {
    const result = await loadStatement({ id: balanceId, currency: "USD" }, period(30, 0), 1);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { statement } = result;
    const credits = Array.from({ length: 30 }, (_, k) => BigInt(2 * k + 1) * 100n).reduce((a, b) => a + b);
    const debits = Array.from({ length: 30 }, (_, k) => BigInt(2 * k + 2) * 100n).reduce((a, b) => a + b);
    expect(statement.opening.balance).toBe(BIG);
    expect(statement.count).toBe(60);
    expect(statement.credits).toBe(credits);
    expect(statement.debits).toBe(debits);
    expect(statement.closing.balance).toBe(BIG + credits - debits);
    expect(statement.check).toEqual({ kind: "match", computed: BIG + credits - debits });
    expect(statement.pageCount).toBe(2);
    expect(statement.rows).toHaveLength(STATEMENT_PAGE_SIZE);
    expect(statement.rows[0]).toMatchObject({ credit: 100n, debit: 0n, running: BIG + 100n });
    expect(statement.rows[1]).toMatchObject({ credit: 0n, debit: 200n, running: BIG - 100n });
    expect(statement.points[0]?.balance).toBe(BIG);
    expect(statement.points.at(-1)?.balance).toBe(statement.closing.balance);
  });

  it("page 2 carries the running balance on to the closing", async () => {
    const result = await loadStatement({ id: balanceId, currency: "USD" }, period(30, 0), 2);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const rows = result.statement.rows;
    expect(rows).toHaveLength(10);
    expect(rows.at(-1)?.running).toBe(result.statement.closing.balance);
    const times = [...result.statement.rows.map((row) => Date.parse(row.at))];
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("a period in the middle opens where the earlier movements left it", async () => {
    const result = await loadStatement({ id: balanceId, currency: "USD" }, period(10, 5), 1);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { statement } = result;
    expect(statement.count).toBe(18);
    expect(statement.opening.balance).not.toBe(BIG);
    expect(statement.check.kind).toBe("match");
  });

  it("the hold is listed apart, still held, and moved nothing", async () => {
    const result = await loadStatement({ id: balanceId, currency: "USD" }, period(6, 4), 1);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.statement.rows.some((row) => row.debit === 777n)).toBe(false);
    expect(result.statement.holds?.holds).toEqual([
      expect.objectContaining({ amount: 777n, direction: "debit", standing: "held", left: 777n }),
    ]);
  });

  it("a Blnk that cannot be reached is a readable error", async () => {
    process.env.BLNK_URL = "http://127.0.0.1:9";
    const result = await loadStatement({ id: balanceId, currency: "USD" }, period(6, 4), 1);
    expect(result).toMatchObject({ ok: false, error: { kind: "unreachable" } });
  });
});
