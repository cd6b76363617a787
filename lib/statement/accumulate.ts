import type { Movement } from "./movements";

// The arithmetic of a statement, apart from where its rows come from: one pass over the movements, oldest
// first, with bigint sums (exact at any size), the rows of the page asked for with their running balance, and
// the points of the chart. Nothing here rounds.

export type Amounts = { balance: bigint; credit: bigint; debit: bigint };

export type StatementRow = Movement & { running: bigint };

/** One point of the running balance: after the movements at `at`, with what they credited and debited. */
export type ChartPoint = { at: string; balance: bigint; credit: bigint; debit: bigint };

export type Accumulated = {
  credits: bigint;
  debits: bigint;
  count: number;
  rows: StatementRow[];
  /** Every movement's point, opening first; thinned by `thinPoints` for the chart. */
  points: ChartPoint[];
  /** True when the period holds more than `maxMovements`: the sums stop there and are not a statement. */
  truncated: boolean;
};

export type AccumulateOptions = {
  /** 1-based page of rows to keep. */
  page: number;
  pageSize: number;
  maxMovements: number;
  openingAt: string;
};

export async function accumulate(
  movements: AsyncIterable<Movement>,
  opening: Amounts,
  options: AccumulateOptions,
): Promise<Accumulated> {
  const first = (options.page - 1) * options.pageSize;
  const result: Accumulated = {
    credits: 0n,
    debits: 0n,
    count: 0,
    rows: [],
    points: [{ at: options.openingAt, balance: opening.balance, credit: 0n, debit: 0n }],
    truncated: false,
  };
  let running = opening.balance;
  for await (const movement of movements) {
    if (result.count === options.maxMovements) {
      result.truncated = true;
      break;
    }
    running += movement.credit - movement.debit;
    result.credits += movement.credit;
    result.debits += movement.debit;
    if (result.count >= first && result.count < first + options.pageSize)
      result.rows.push({ ...movement, running });
    result.points.push({ at: movement.at, balance: running, credit: movement.credit, debit: movement.debit });
    result.count += 1;
  }
  return result;
}

export type CheckSide = "credit" | "debit";

export type Check =
  | { kind: "match"; computed: bigint }
  | {
      kind: "mismatch";
      computed: bigint;
      /** Blnk's closing less the computed one. */
      difference: bigint;
      /** Which side disagrees, for the message: credits, debits, or both. */
      sides: CheckSide[];
    };

/** opening + credits − debits, compared with Blnk's own balance at the closing moment, side by side. */
export function checkStatement(
  opening: Amounts,
  closing: Amounts,
  sums: { credits: bigint; debits: bigint },
): Check {
  const computed = opening.balance + sums.credits - sums.debits;
  const sides: CheckSide[] = [];
  if (opening.credit + sums.credits !== closing.credit) sides.push("credit");
  if (opening.debit + sums.debits !== closing.debit) sides.push("debit");
  if (computed === closing.balance && sides.length === 0) return { kind: "match", computed };
  return { kind: "mismatch", computed, difference: closing.balance - computed, sides };
}

/**
 * At most `max` points for the chart, the first and last kept exactly: each bucket keeps its lowest and
 * highest balance (so no spike disappears) and carries the credits and debits of every point it stands for.
 */
export function thinPoints(points: readonly ChartPoint[], max: number): ChartPoint[] {
  if (points.length <= max) return [...points];
  const inner = points.slice(1, -1);
  const buckets = Math.max(1, Math.floor((max - 2) / 2));
  const size = Math.ceil(inner.length / buckets);
  const thinned: ChartPoint[] = [points[0] as ChartPoint];
  for (let start = 0; start < inner.length; start += size) {
    const bucket = inner.slice(start, start + size);
    let low = bucket[0] as ChartPoint;
    let high = low;
    let credit = 0n;
    let debit = 0n;
    for (const point of bucket) {
      if (point.balance < low.balance) low = point;
      if (point.balance > high.balance) high = point;
      credit += point.credit;
      debit += point.debit;
    }
    const [a, b] = bucket.indexOf(low) <= bucket.indexOf(high) ? [low, high] : [high, low];
    thinned.push({ ...a, credit: a === b ? credit : 0n, debit: a === b ? debit : 0n });
    if (a !== b) thinned.push({ ...b, credit, debit });
  }
  thinned.push(points[points.length - 1] as ChartPoint);
  return thinned;
}
