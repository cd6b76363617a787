import "server-only";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { type FormattedMoney, formatMoney } from "@/lib/money";
import type { CheckSide } from "@/lib/statement/accumulate";
import { type ChartDatum, toChartData } from "@/lib/statement/chart-data";
import type { Period } from "@/lib/statement/period";
import type { Statement } from "@/lib/statement/statement";

// A statement as the page shows it: every amount formatted exactly on the server from its bigint.

export type StatementRowView = {
  id: string;
  reference: string;
  description: string;
  at: string;
  credit: FormattedMoney | null;
  debit: FormattedMoney | null;
  running: FormattedMoney;
  /** The hold a commit settles, linked from the row. */
  holdId: string | null;
};

export type StatementHoldView = {
  id: string;
  reference: string;
  at: string;
  amount: FormattedMoney;
  direction: "credit" | "debit";
  standing: "held" | "committed" | "voided";
  left: FormattedMoney;
};

export type StatementView = {
  period: Period;
  balanceId: string;
  opening: FormattedMoney;
  closing: FormattedMoney;
  credits: FormattedMoney;
  debits: FormattedMoney;
  computed: FormattedMoney;
  count: number;
  check: { kind: "match" } | { kind: "mismatch"; difference: FormattedMoney; sides: CheckSide[] };
  rows: StatementRowView[];
  page: number;
  pageCount: number;
  chart: ChartDatum[];
  holds: { holds: StatementHoldView[]; more: boolean } | null;
};

export function toStatementView(statement: Statement): StatementView {
  const table = getPrecisionTable();
  const money = (amount: bigint) => formatMoney(amount, statement.currency, table);
  const side = (amount: bigint) => (amount === 0n ? null : money(amount));
  const { check } = statement;
  return {
    period: statement.period,
    balanceId: statement.balanceId,
    opening: money(statement.opening.balance),
    closing: money(statement.closing.balance),
    credits: money(statement.credits),
    debits: money(statement.debits),
    computed: money(check.computed),
    count: statement.count,
    check:
      check.kind === "match"
        ? { kind: "match" }
        : { kind: "mismatch", difference: money(check.difference), sides: check.sides },
    rows: statement.rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      description: row.description,
      at: row.at,
      credit: side(row.credit),
      debit: side(row.debit),
      running: money(row.running),
      holdId: row.parentTransaction,
    })),
    page: statement.page,
    pageCount: statement.pageCount,
    chart: toChartData(statement.points, statement.currency, table),
    holds: statement.holds && {
      more: statement.holds.more,
      holds: statement.holds.holds.map((hold) => ({
        id: hold.id,
        reference: hold.reference,
        at: hold.at,
        amount: money(hold.amount),
        direction: hold.direction,
        standing: hold.standing,
        left: money(hold.left),
      })),
    },
  };
}
