import { describe, expect, it } from "vitest";
import { accumulate, type ChartPoint, checkStatement, thinPoints } from "./accumulate";
import type { Movement } from "./movements";

// The arithmetic of a statement on Core-shaped movements: exact past 2^64, rows of the page asked for with
// their running balance, the check against Blnk's closing, and the chart's thinning.

const BIG = 2n ** 64n * 10n ** 20n + 7n;

function movement(n: number, credit: bigint, debit: bigint): Movement {
  return {
    id: `txn_${n}`,
    reference: `ref_${n}`,
    description: "Seed",
    currency: "USD",
    source: debit ? "bln_me" : "bln_other",
    destination: credit ? "bln_me" : "bln_other",
    parentTransaction: null,
    at: new Date(Date.UTC(2026, 10, 1 + n)).toISOString(),
    credit,
    debit,
  };
}

async function* stream(movements: Movement[]) {
  yield* movements;
}

const OPENING = { balance: BIG, credit: BIG * 2n, debit: BIG };
const OPTIONS = { page: 1, pageSize: 2, maxMovements: 100, openingAt: "2026-10-31T23:59:59.999999Z" };

describe("accumulate", () => {
  it("sums exactly and keeps the asked page's rows with the running balance", async () => {
    const movements = [movement(1, BIG, 0n), movement(2, 0n, 3n), movement(3, 5n, 0n)];
    const page2 = await accumulate(stream(movements), OPENING, { ...OPTIONS, page: 2 });
    expect(page2.credits).toBe(BIG + 5n);
    expect(page2.debits).toBe(3n);
    expect(page2.count).toBe(3);
    expect(page2.rows.map((row) => [row.id, row.running])).toEqual([["txn_3", BIG * 2n + 2n]]);
    expect(page2.points.map((point) => point.balance)).toEqual([BIG, BIG * 2n, BIG * 2n - 3n, BIG * 2n + 2n]);
    const page1 = await accumulate(stream(movements), OPENING, OPTIONS);
    expect(page1.rows.map((row) => row.running)).toEqual([BIG * 2n, BIG * 2n - 3n]);
  });

  it("stops at the cap and says so", async () => {
    const movements = Array.from({ length: 5 }, (_, n) => movement(n, 1n, 0n));
    const result = await accumulate(stream(movements), OPENING, { ...OPTIONS, maxMovements: 4 });
    expect(result.truncated).toBe(true);
  });
});

describe("checkStatement", () => {
  const closing = { balance: BIG + 2n, credit: BIG * 2n + 5n, debit: BIG + 3n };

  it("opening + credits − debits = Blnk's closing: a match", () => {
    expect(checkStatement(OPENING, closing, { credits: 5n, debits: 3n })).toEqual({
      kind: "match",
      computed: BIG + 2n,
    });
  });

  it("a closing that differs is a mismatch with the difference and the side", () => {
    const off = { ...closing, balance: closing.balance + 1n, credit: closing.credit + 1n };
    expect(checkStatement(OPENING, off, { credits: 5n, debits: 3n })).toEqual({
      kind: "mismatch",
      computed: BIG + 2n,
      difference: 1n,
      sides: ["credit"],
    });
  });

  it("sides that disagree by the same amount still show, though the balance agrees", () => {
    const both = { ...closing, credit: closing.credit + 9n, debit: closing.debit + 9n };
    expect(checkStatement(OPENING, both, { credits: 5n, debits: 3n })).toMatchObject({
      kind: "mismatch",
      difference: 0n,
      sides: ["credit", "debit"],
    });
  });
});

describe("thinPoints", () => {
  const points: ChartPoint[] = Array.from({ length: 1001 }, (_, n) => ({
    at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    balance: n === 500 ? BIG : BigInt(n),
    credit: 1n,
    debit: 0n,
  }));

  it("keeps the first, the last and every spike, within the limit, with every credit counted", () => {
    const thinned = thinPoints(points, 100);
    expect(thinned.length).toBeLessThanOrEqual(100);
    expect(thinned[0]).toEqual(points[0]);
    expect(thinned.at(-1)).toEqual(points.at(-1));
    expect(thinned.some((point) => point.balance === BIG)).toBe(true);
    expect(thinned.reduce((sum, point) => sum + point.credit, 0n)).toBe(1001n);
  });

  it("leaves a short series as it is", () => {
    expect(thinPoints(points.slice(0, 10), 100)).toEqual(points.slice(0, 10));
  });
});
