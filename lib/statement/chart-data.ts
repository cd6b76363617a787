import type { FormattedMoney } from "@/lib/money";
import { formatMoney, type PrecisionTable } from "@/lib/money";
import type { ChartPoint } from "./accumulate";

/**
 * A point of the running-balance chart as the browser gets it: the value it draws (a double, near enough for a
 * line), and the exact texts it shows on hover and in the data table.
 */
export type ChartDatum = {
  /** Milliseconds since the epoch. */
  t: number;
  /** The balance in major units as a double: for drawing only. */
  y: number;
  /** The exact balance, formatted. */
  text: string;
  credit: string | null;
  debit: string | null;
};

/** A bigint as a double in major units; drawing needs no more than a double's 15 digits. */
function drawn(money: FormattedMoney): number {
  const value = Number(money.raw);
  return money.precision ? value / Number(money.precision) : value;
}

export function toChartData(
  points: readonly ChartPoint[],
  currency: string,
  table: PrecisionTable,
): ChartDatum[] {
  const money = (amount: bigint) => formatMoney(amount, currency, table);
  return points.map((point) => {
    const balance = money(point.balance);
    return {
      t: Date.parse(point.at),
      y: drawn(balance),
      text: balance.text,
      credit: point.credit ? money(point.credit).text : null,
      debit: point.debit ? money(point.debit).text : null,
    };
  });
}
