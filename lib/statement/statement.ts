import "server-only";
import { type Balance, type BlnkResult, blnkResult, getBalanceAt, orFallback } from "@/lib/blnk";
import {
  type Accumulated,
  type Amounts,
  accumulate,
  type ChartPoint,
  type Check,
  checkStatement,
  thinPoints,
} from "./accumulate";
import { holdsIn, type StatementHolds } from "./holds";
import { movementsIn } from "./movements";
import type { Period } from "./period";

export const STATEMENT_PAGE_SIZE = 50;
/** Movements one statement reads (200 pages of Blnk's 100); a longer period is a message, not a guess. */
export const MAX_MOVEMENTS = 20_000;
/** Points the chart draws at most; each keeps its bucket's lowest and highest balance. */
export const CHART_POINTS = 600;

export type Statement = {
  period: Period;
  balanceId: string;
  currency: string;
  /** Blnk's balance at the opening moment (`GET /balances/:id/at`). */
  opening: Amounts;
  /** Blnk's balance at the closing moment. */
  closing: Amounts;
  credits: bigint;
  debits: bigint;
  count: number;
  check: Check;
  rows: Accumulated["rows"];
  page: number;
  pageCount: number;
  points: ChartPoint[];
  /** null when the holds could not be read (the statement itself stands without them). */
  holds: StatementHolds | null;
};

export type StatementResult =
  | { ok: true; statement: Statement }
  | { ok: false; kind: "too-many"; count: number }
  | Extract<BlnkResult<never>, { ok: false }>;

async function amountsAt(balanceId: string, at: string): Promise<Amounts> {
  const { balance } = await getBalanceAt(balanceId, { timestamp: at });
  return { balance: balance.balance, credit: balance.creditBalance, debit: balance.debitBalance };
}

/** The moment the chart's line ends: the closing moment, or now for a period that ends later today. */
function endOfLine(period: Period, now: Date): string {
  return new Date(period.closingAt).getTime() > now.getTime() ? now.toISOString() : period.closingAt;
}

/**
 * A balance's statement for `period`: Blnk's balances at the opening and closing moments, every movement in
 * between (one pass, a page of Blnk's rows at a time) with the rows of `page`, and the check of one against
 * the other. The closing is read before the movements, so a movement posted meanwhile shows as a mismatch
 * rather than passing unseen.
 */
export async function loadStatement(
  balance: Pick<Balance, "id" | "currency">,
  period: Period,
  page: number,
  options: { withHolds?: boolean; now?: Date } = {},
): Promise<StatementResult> {
  const now = options.now ?? new Date();
  const read = await blnkResult(async () => {
    const [opening, closing] = await Promise.all([
      amountsAt(balance.id, period.openingAt),
      amountsAt(balance.id, period.closingAt),
    ]);
    const [sums, holds] = await Promise.all([
      accumulate(movementsIn(balance.id, period), opening, {
        page,
        pageSize: STATEMENT_PAGE_SIZE,
        maxMovements: MAX_MOVEMENTS,
        openingAt: period.openingAt,
      }),
      options.withHolds === false ? null : orFallback(() => holdsIn(balance, period), null),
    ]);
    return { opening, closing, sums, holds };
  });
  if (!read.ok) return read;
  const { opening, closing, sums, holds } = read.data;
  if (sums.truncated) return { ok: false, kind: "too-many", count: MAX_MOVEMENTS };
  const last = sums.points[sums.points.length - 1] as ChartPoint;
  const points = thinPoints(
    [...sums.points, { ...last, at: endOfLine(period, now), credit: 0n, debit: 0n }],
    CHART_POINTS,
  );
  return {
    ok: true,
    statement: {
      period,
      balanceId: balance.id,
      currency: balance.currency,
      opening,
      closing,
      credits: sums.credits,
      debits: sums.debits,
      count: sums.count,
      check: checkStatement(opening, closing, sums),
      rows: sums.rows,
      page,
      pageCount: Math.max(1, Math.ceil(sums.count / STATEMENT_PAGE_SIZE)),
      points,
      holds,
    },
  };
}
