import "server-only";
import { balanceIdSchema } from "@/lib/balances/search-params";
import { getBalance, getBalanceAt } from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { amountCells, amountColumns, isoUtc, precisionCell, type Row } from "@/lib/export/format";
import type { PlanResult } from "@/lib/export/plan";
import { movementsIn } from "@/lib/statement/movements";
import { FROM_PARAM, periodFromParams, TO_PARAM } from "@/lib/statement/period";

// A balance's statement as a file: every movement of the period (however many; the page stops at 20,000,
// a file does not), oldest first, with the running balance from Blnk's opening balance. The manifest carries
// the period, the opening balance and the period's credits, debits and closing balance, all exact.

export const STATEMENT_COLUMNS = [
  "balance_id",
  "at",
  "transaction_id",
  "parent_transaction",
  "reference",
  "description",
  "direction",
  "currency",
  "precision",
  ...amountColumns("amount"),
  ...amountColumns("running_balance"),
];

export function statementPlan(params: URLSearchParams, now = new Date()): PlanResult {
  const id = balanceIdSchema.safeParse(params.get("balance") ?? "");
  if (!id.success)
    return { ok: false, message: "Name the balance whose statement to export: balance=bln_…." };
  const read = periodFromParams(params.get(FROM_PARAM) ?? undefined, params.get(TO_PARAM) ?? undefined, now);
  if (!read.ok) return { ok: false, message: read.message };
  const { period } = read;
  const balanceId = id.data;
  const totals = { opening: 0n, credits: 0n, debits: 0n, closing: 0n, currency: "" };
  return {
    ok: true,
    plan: {
      kind: "statement",
      name: `statement-${balanceId}-${period.from}-to-${period.to}`,
      recordType: "balance",
      recordId: balanceId,
      columns: STATEMENT_COLUMNS,
      filters: { balance: balanceId, from: period.from, to: period.to },
      details: () => ({
        period: {
          from: period.from,
          to: period.to,
          opening_at: period.openingAt,
          closing_at: period.closingAt,
        },
        currency: totals.currency,
        // Digits, as in the file: exact whatever their size.
        opening_balance: totals.opening.toString(),
        credits: totals.credits.toString(),
        debits: totals.debits.toString(),
        closing_balance: totals.closing.toString(),
      }),
      rows: async (signal) => {
        const [balance, at] = await Promise.all([
          getBalance(balanceId, {}, { signal }),
          getBalanceAt(balanceId, { timestamp: period.openingAt }, { signal }),
        ]);
        totals.currency = balance.currency;
        totals.opening = at.balance.balance;
        totals.closing = at.balance.balance;
        const table = getPrecisionTable();
        async function* rows(): AsyncGenerator<Row> {
          for await (const movement of movementsIn(balanceId, period)) {
            signal.throwIfAborted();
            totals.closing += movement.credit - movement.debit;
            totals.credits += movement.credit;
            totals.debits += movement.debit;
            yield {
              balance_id: balanceId,
              at: isoUtc(movement.at),
              transaction_id: movement.id,
              parent_transaction: movement.parentTransaction,
              reference: movement.reference,
              description: movement.description,
              direction: movement.credit > 0n ? "credit" : "debit",
              currency: movement.currency,
              precision: precisionCell(movement.currency, table),
              ...amountCells(
                "amount",
                movement.credit > 0n ? movement.credit : movement.debit,
                movement.currency,
                table,
              ),
              ...amountCells("running_balance", totals.closing, balance.currency, table),
            };
          }
        }
        return { rows: rows(), paging: () => ({ order: "effective time ascending", by: "offset" as const }) };
      },
    },
  };
}
