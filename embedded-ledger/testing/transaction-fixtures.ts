// Test-only helpers for the transaction suites: ledgers and balances straight into SQL (their routes belong to
// other modules), transfers over real HTTP, and exact balance reads.

import { isInteger, isSafeNumber, parse } from "lossless-json";
import { expect } from "vitest";
import type { LedgerOptions } from "../app";
import { toJson } from "../json";
import type { FullRow } from "../models/balance-json";
import { newId } from "../storage/context";
import type { Queryable } from "../storage/db";
import { errorBody } from "./errors";
import { type TestLedger, testLedgerForFile } from "./ledger";

export async function insertLedger(db: Queryable, name = "Test Ledger"): Promise<string> {
  const id = newId("ldg");
  await db.query("INSERT INTO ledgers (ledger_id, name) VALUES ($1, $2)", [id, name]);
  return id;
}

export async function insertBalance(db: Queryable, ledgerId: string, currency: string): Promise<string> {
  const id = newId("bln");
  await db.query("INSERT INTO balances (balance_id, ledger_id, currency) VALUES ($1, $2, $3)", [
    id,
    ledgerId,
    currency,
  ]);
  return id;
}

/**
 * A transaction suite's test ledger (testLedgerForFile) with one ledger row made before `setUp` runs;
 * `newBalance` adds an empty balance to that ledger row.
 */
export function transactionLedgerForFile(
  setUp?: () => Promise<void>,
  options: Omit<LedgerOptions, "dataDir"> = {},
) {
  let ledgerId: string | undefined;
  const ledger = testLedgerForFile({
    ...options,
    setUp: async () => {
      ledgerId = await insertLedger(ledger.db);
      await setUp?.();
    },
  });
  const newBalance = (currency = "USD") => {
    if (!ledgerId) throw new Error("the suite's ledger row is not made yet");
    return insertBalance(ledger.db, ledgerId, currency);
  };
  return { ledger, newBalance };
}

/** The columns readBalance selects. */
export type BalanceAmounts = Pick<
  FullRow,
  | "balance"
  | "credit_balance"
  | "debit_balance"
  | "inflight_balance"
  | "inflight_credit_balance"
  | "inflight_debit_balance"
  | "version"
>;

export async function readBalance(db: Queryable, balanceId: string): Promise<BalanceAmounts> {
  const result = await db.query<BalanceAmounts>(
    `SELECT balance, credit_balance, debit_balance, inflight_balance, inflight_credit_balance,
            inflight_debit_balance, version
     FROM balances WHERE balance_id = $1`,
    [balanceId],
  );
  const row = result.rows[0];
  if (!row) throw new Error(`no balance ${balanceId}`);
  return row;
}

/** The precise_amount column of a transaction, as Postgres holds it. */
export async function storedPreciseAmount(db: Queryable, transactionId: string): Promise<bigint | undefined> {
  const stored = await db.query<{ precise_amount: bigint }>(
    "SELECT precise_amount FROM transactions WHERE transaction_id = $1",
    [transactionId],
  );
  return stored.rows[0]?.precise_amount;
}

/**
 * Core's 404s for an unknown ID and an unknown reference (database/transaction_queries.go:54-56 and :233-235,
 * details the sql.ErrNoRows' `{}`; api/transactions.go:306 and :333 upgrade NOT_FOUND to TXN_NOT_FOUND).
 */
export async function expectTransactionNotFound(ledger: TestLedger) {
  const byId = await ledger.call("GET", "/transactions/txn_nonexistent");
  expect(byId.status).toBe(404);
  expect(byId.json).toEqual(
    errorBody("TXN_NOT_FOUND", "Transaction with ID 'txn_nonexistent' not found", {}),
  );
  const byRef = await ledger.call("GET", "/transactions/reference/nope");
  expect(byRef.status).toBe(404);
  expect(byRef.json).toEqual(errorBody("TXN_NOT_FOUND", "Transaction with reference 'nope' not found", {}));
}

let counter = 0;
/** A reference no other test in the run uses. */
export const uniqueRef = (prefix = "ref") =>
  `${prefix}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** POSTs a transaction; `body` may hold bigint values, written as bare JSON integers. */
export function postTransaction(ledger: TestLedger, body: Record<string, unknown>) {
  return ledger.call("POST", "/transactions", toJson(body));
}

/** Moves `precise` minor units from @World (overdraft allowed) into `balanceId`. */
export async function fund(ledger: TestLedger, balanceId: string, precise: bigint, currency: string) {
  const response = await postTransaction(ledger, {
    source: "@World",
    destination: balanceId,
    precise_amount: precise,
    currency,
    reference: uniqueRef("fund"),
    description: "funding",
    allow_overdraft: true,
  });
  if (response.status !== 201) throw new Error(`funding failed: ${response.status} ${response.text}`);
  return response;
}

/** A JSON body with its numbers as numbers (bigint past 2^53), so `toEqual` compares values exactly. */
export function exactJson<T = Record<string, unknown>>(text: string): T {
  return parse(text, null, (value) =>
    isInteger(value) && !isSafeNumber(value) ? BigInt(value) : Number(value),
  ) as T;
}

type Fields = Record<string, unknown>;
type MadeTxn = Fields & { transaction_id: string; reference: string };

/**
 * A source funded with `funds`, an empty destination and a transfer of `precise` (precision 100, USD) between
 * them, with `fields` added; it must be answered 201.
 */
export async function transferBetween(
  ledger: TestLedger,
  newBalance: () => Promise<string>,
  precise: bigint | number,
  funds: bigint,
  fields: Fields,
) {
  const source = await newBalance();
  const destination = await newBalance();
  await fund(ledger, source, funds, "USD");
  const response = await postTransaction(ledger, {
    source,
    destination,
    precise_amount: precise,
    precision: 100,
    currency: "USD",
    ...fields,
  });
  if (response.status !== 201) throw new Error(`transfer failed: ${response.status} ${response.text}`);
  const txn = response.json as MadeTxn;
  return { source, destination, id: txn.transaction_id, txn };
}

/** A funded source, an empty destination and an INFLIGHT hold of `precise` (precision 100) between them. */
export function holdBetween(
  ledger: TestLedger,
  newBalance: () => Promise<string>,
  precise: bigint | number,
  funds = 1000n,
  fields: Fields = {},
) {
  const hold = { reference: uniqueRef("hold"), description: "hold", inflight: true, ...fields };
  return transferBetween(ledger, newBalance, precise, funds, hold);
}

/**
 * transactionLedgerForFile with the helpers above bound to its ledger, and `settle`, which PUTs an inflight
 * update (an object is written with toJson, text is sent as it is).
 */
export function transactionSuite(...args: Parameters<typeof transactionLedgerForFile>) {
  const { ledger, newBalance } = transactionLedgerForFile(...args);
  return {
    ledger,
    newBalance,
    post: (body: Fields) => postTransaction(ledger, body),
    fund: (balanceId: string, precise: bigint, currency = "USD") =>
      fund(ledger, balanceId, precise, currency),
    readBalance: (balanceId: string) => readBalance(ledger.db, balanceId),
    storedPreciseAmount: (transactionId: string) => storedPreciseAmount(ledger.db, transactionId),
    transfer: (precise: bigint | number, funds: bigint, fields: Fields) =>
      transferBetween(ledger, newBalance, precise, funds, fields),
    hold: (precise: bigint | number, funds = 1000n, fields: Fields = {}) =>
      holdBetween(ledger, newBalance, precise, funds, fields),
    settle: (id: string, fields: Fields | string) =>
      ledger.call(
        "PUT",
        `/transactions/inflight/${id}`,
        typeof fields === "string" ? fields : toJson(fields),
      ),
  };
}
