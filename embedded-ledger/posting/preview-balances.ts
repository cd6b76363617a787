// Balances for a dry run: read, never created or changed. The projection applies a movement to copies in memory
// with Core's own arithmetic and messages (model/model.go:115-279 and :449-496 UpdateBalances,
// transaction_execution.go:320-361 applyTransactionToBalances), so nothing it does can reach the database.

import { notFound } from "../http/errors";
import { ZERO_AMOUNTS } from "../models/balance-json";
import type { Queryable } from "../storage/db";
import { preciseFromAmount } from "./amounts";
import type { BalanceState, Projection, Role } from "./preview-json";

const STATE_COLUMNS =
  "balance_id, currency, balance, credit_balance, debit_balance, inflight_balance, inflight_credit_balance, " +
  "inflight_debit_balance";

type StateRow = Omit<BalanceState, "virtual">;

const zeroState = (balanceId: string, currency: string): BalanceState => ({
  balance_id: balanceId,
  currency,
  ...ZERO_AMOUNTS,
  virtual: true,
});

/**
 * resolveBalanceForPreview (transaction_dryrun.go:435-469): an @indicator is looked up by (indicator, currency)
 * and, when missing, projected against zeros as a virtual balance named by the indicator (a real post would create
 * it in the General Ledger); any other identifier must be a stored balance, else Core's 404 (the
 * datasource's NOT_FOUND upgraded to TXN_NOT_FOUND, api/transactions.go:100-106; details `{}` is sql.ErrNoRows).
 */
export async function previewBalance(
  db: Queryable,
  identifier: string,
  currency: string,
): Promise<BalanceState> {
  if (identifier.startsWith("@")) {
    const found = await db.query<StateRow>(
      `SELECT ${STATE_COLUMNS} FROM balances WHERE indicator = $1 AND currency = $2`,
      [identifier, currency],
    );
    const row = found.rows[0];
    return row ? { ...row, virtual: false } : zeroState(identifier, currency);
  }
  const found = await db.query<StateRow>(`SELECT ${STATE_COLUMNS} FROM balances WHERE balance_id = $1`, [
    identifier,
  ]);
  const row = found.rows[0];
  if (!row) throw notFound("TXN_NOT_FOUND", `Balance with ID '${identifier}' not found`);
  return { ...row, virtual: false };
}

/**
 * previewBalanceSet (transaction_dryrun.go:508-553): each identifier is read once, and movements on it accumulate,
 * as the legs of one refund or one inflight parent really run one after another.
 */
export class PreviewBalanceSet {
  private readonly entries = new Map<string, { role: Role; before: BalanceState; after: BalanceState }>();

  constructor(private readonly db: Queryable) {}

  async resolve(identifier: string, currency: string, role: Role): Promise<BalanceState> {
    const existing = this.entries.get(identifier);
    if (existing) return existing.after;
    const before = await previewBalance(this.db, identifier, currency);
    const entry = { role, before, after: { ...before } };
    this.entries.set(identifier, entry);
    return entry.after;
  }

  projections(): Projection[] {
    return [...this.entries.values()].map(({ role, before, after }) => ({
      role,
      before,
      after: { ...after },
    }));
  }
}

/** sameBalanceErr (transaction_dryrun.go:577-590): the real path's guaranteed optimistic-locking failure. */
export function sameBalanceProblem(source: BalanceState, destination: BalanceState): string | null {
  if (source.balance_id !== destination.balance_id) return null;
  return `Optimistic locking failure: balance with ID '${source.balance_id}' may have been updated or deleted by another transaction`;
}

export type Movement = {
  preciseAmount: bigint;
  /** The float `amount` as Core holds it; only its sign is checked (model.go:449-463). */
  amount: number;
  precision: number;
  inflight: boolean;
  allowOverdraft: boolean;
  overdraftLimit: number;
};

/** canProcessTransaction (model/model.go:153-205) on the source as it stands. */
function fundsProblem(movement: Movement, source: BalanceState): string | null {
  if (movement.allowOverdraft && movement.overdraftLimit === 0) return null;
  const availableFunds = source.balance - source.inflight_debit_balance;
  if (availableFunds >= movement.preciseAmount) return null;
  if (movement.overdraftLimit > 0) {
    const limit = preciseFromAmount(movement.overdraftLimit, movement.precision);
    if (availableFunds - movement.preciseAmount >= -limit) return null;
    return "transaction exceeds overdraft limit";
  }
  return "insufficient funds in source balance";
}

const APPLY_FAILED = "failed to apply transaction to balances: ";

/** computeBalance (model/model.go:140-147): one of the two totals, from its columns. */
function recompute(state: BalanceState, inflight: boolean): void {
  if (inflight) state.inflight_balance = state.inflight_credit_balance - state.inflight_debit_balance;
  else state.balance = state.credit_balance - state.debit_balance;
}

/**
 * UpdateBalances (model/model.go:467-496) through processBalances' wrapping (transaction_execution.go:703-716):
 * mutates `source` and `destination` and returns null, or returns the error text a real post would fail with.
 */
export function applyMovement(
  movement: Movement,
  source: BalanceState,
  destination: BalanceState,
): string | null {
  const { preciseAmount: amount, inflight } = movement;
  if (movement.amount < 0) return `${APPLY_FAILED}transaction amount must be positive`;
  if (amount <= 0n) return `${APPLY_FAILED}transaction precise amount must be positive`;
  const funds = fundsProblem(movement, source);
  if (funds) return APPLY_FAILED + funds;
  if (inflight) source.inflight_debit_balance += amount;
  else source.debit_balance += amount;
  if (inflight) destination.inflight_credit_balance += amount;
  else destination.credit_balance += amount;
  recompute(source, inflight);
  recompute(destination, inflight);
  return null;
}

const shortOf = (side: "debit" | "credit", have: bigint, need: bigint) =>
  have < need ? `insufficient inflight ${side} balance: have ${have}, need ${need}` : null;

/**
 * The settlement branches of applyTransactionToBalances (transaction_execution.go:326-354): a commit moves the
 * amount from the inflight columns to the applied ones (CommitInflightDebit/Credit, model.go:228-257), a void
 * releases it (RollbackInflightDebit/Credit, :260-279); each side first checks the hold covers the amount.
 */
export function applySettlement(
  action: "commit" | "void",
  amount: bigint,
  source: BalanceState,
  destination: BalanceState,
): string | null {
  // The source's debit side first, then the destination's credit side, each in full before the next.
  for (const [side, state] of [
    ["debit", source],
    ["credit", destination],
  ] as const) {
    const held = `inflight_${side}_balance` as const;
    const short = shortOf(side, state[held], amount);
    if (short) return `${APPLY_FAILED}${action} inflight ${side} failed: ${short}`;
    state[held] -= amount;
    if (action === "commit") state[`${side}_balance`] += amount;
    recompute(state, true);
    if (action === "commit") recompute(state, false);
  }
  return null;
}
