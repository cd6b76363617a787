// Balance resolution and in-SQL balance arithmetic for the posting engine. Every change is an UPDATE that adds
// to the stored NUMERIC values, never a value computed in JS from an earlier read, so no update can be lost.

import { CoreError, notFound } from "../http/errors";
import { newId } from "../storage/context";
import type { Queryable } from "../storage/db";

export type ResolvedBalance = { balance_id: string; currency: string };

export const GENERAL_LEDGER_ID = "general_ledger_id";

/**
 * A `bln_…` ID, or an `@Indicator` looked up by (indicator, currency) in any ledger and created in the General
 * Ledger when missing, like Core's getOrCreateBalanceByIndicator. The lookup is exact and case-sensitive.
 */
export async function resolveBalance(
  tx: Queryable,
  identifier: string,
  currency: string,
): Promise<ResolvedBalance> {
  if (!identifier.startsWith("@")) {
    const found = await tx.query<ResolvedBalance>(
      "SELECT balance_id, currency FROM balances WHERE balance_id = $1",
      [identifier],
    );
    const row = found.rows[0];
    if (!row) throw notFound("BAL_NOT_FOUND", `Balance with ID '${identifier}' not found`);
    return row;
  }
  const byIndicator = "SELECT balance_id, currency FROM balances WHERE indicator = $1 AND currency = $2";
  const existing = (await tx.query<ResolvedBalance>(byIndicator, [identifier, currency])).rows[0];
  if (existing) return existing;
  await tx.query(
    `INSERT INTO balances (balance_id, ledger_id, indicator, currency) VALUES ($1, $2, $3, $4)
     ON CONFLICT (indicator, currency) DO NOTHING`,
    [newId("bln"), GENERAL_LEDGER_ID, identifier, currency],
  );
  const created = (await tx.query<ResolvedBalance>(byIndicator, [identifier, currency])).rows[0];
  if (!created) throw new Error(`could not create the internal balance ${identifier}`);
  return created;
}

export type Deltas = { credit?: bigint; debit?: bigint; inflightCredit?: bigint; inflightDebit?: bigint };

/**
 * Adds the deltas to one balance and recomputes `balance` and `inflight_balance` from the new columns (an
 * UPDATE's right-hand sides see the old row, hence the repeated sums). With `fundsFloor`, the update only
 * happens when `balance − inflight_debit − spend ≥ fundsFloor` on the current row — Core's available-funds
 * rule — and the function returns false otherwise.
 */
export async function applyDeltas(
  tx: Queryable,
  balanceId: string,
  deltas: Deltas,
  fundsCheck?: { spend: bigint; floor: bigint },
): Promise<boolean> {
  const text = (value: bigint | undefined) => (value ?? 0n).toString();
  const result = await tx.query(
    `UPDATE balances SET
       credit_balance = credit_balance + $2::numeric,
       debit_balance = debit_balance + $3::numeric,
       inflight_credit_balance = inflight_credit_balance + $4::numeric,
       inflight_debit_balance = inflight_debit_balance + $5::numeric,
       balance = (credit_balance + $2::numeric) - (debit_balance + $3::numeric),
       inflight_balance = (inflight_credit_balance + $4::numeric) - (inflight_debit_balance + $5::numeric),
       version = version + 1
     WHERE balance_id = $1
       AND ($6::numeric IS NULL OR balance - inflight_debit_balance - $7::numeric >= $6::numeric)
     RETURNING balance_id`,
    [
      balanceId,
      text(deltas.credit),
      text(deltas.debit),
      text(deltas.inflightCredit),
      text(deltas.inflightDebit),
      fundsCheck ? fundsCheck.floor.toString() : null,
      fundsCheck ? fundsCheck.spend.toString() : "0",
    ],
  );
  return result.rows.length === 1;
}

/** Core's canProcessTransaction outcome when the source cannot cover the amount. */
export function fundsError(overdraftLimit: number): CoreError {
  if (overdraftLimit > 0)
    return new CoreError(400, "TXN_VALIDATION_ERROR", "transaction exceeds overdraft limit");
  return new CoreError(400, "TXN_INSUFFICIENT_FUNDS", "insufficient funds in source balance");
}
