// Test-only helpers for the filter engine's unit tests.
import { CoreError } from "../http/errors";
import type { Request } from "../http/request";
import { parseBody } from "../json";
import { type Db, openDb } from "../storage/db";
import { inList } from "./conditions";
import { parseFilterRequest, parseQueryFilters } from "./parse";
import { runFilter } from "./sql";
import type { FilterSpec } from "./types";

/** A Request as the router builds it, for a raw body and query string. */
export function fakeRequest(rawBody: string, query = ""): Request {
  return {
    method: "POST",
    path: "/test",
    params: {},
    paramBytes: {},
    query: new URLSearchParams(query),
    rawBody,
    principal: { kind: "open" },
    json(legacyKey = "error", code = "GEN_MALFORMED_REQUEST") {
      try {
        return parseBody(rawBody);
      } catch (error) {
        throw new CoreError(400, code, error instanceof Error ? error.message : "invalid JSON", legacyKey);
      }
    },
  };
}

/** The CoreError `run` throws (fails the test when it throws nothing or something else). */
export function coreErrorOf(run: () => unknown): CoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("expected a CoreError");
}

/** A balances spec (with a virtual field) for the engine's tests against a real PGlite. */
export const BALANCE_TEST_SPEC: FilterSpec = {
  table: "balances",
  fields: {
    balance_id: "text",
    ledger_id: "text",
    indicator: "text",
    currency: "text",
    balance: "numeric",
    created_at: "timestamp",
  },
  virtual: {
    either_id: {
      operators: ["eq", "in"],
      toSql: (op, values, addParam) => {
        if (op !== "eq") return `balance_id ${inList(values, addParam)}`;
        const param = addParam(values[0]?.text ?? null);
        return `(balance_id = ${param} OR ledger_id = ${param})`;
      },
    },
  },
  hasMetadata: true,
};

/** 10^30: JS floats cannot tell it from 10^30 + 1. */
export const BIG = "1000000000000000000000000000000";

const ROWS = [
  ["bln_a", "USD", BIG, "@cash", "2024-01-01T10:00:00.000Z", '{"tier":"gold","rank":1,"score":5}'],
  [
    "bln_b",
    "USD",
    `${BIG.slice(0, -1)}1`,
    "100%_off",
    "2024-01-02T10:00:00.000Z",
    '{"tier":"silver","rank":2,"tags":["vip","eu"]}',
  ],
  ["bln_c", "eur", "-5", "100%xoff", "2024-01-03T10:00:00.000Z", '{"tier":"Gold","rank":3,"score":"5"}'],
  ["bln_d", "NGN", "0", null, "2024-01-03T23:59:59.999Z", null],
] as const;

/** An in-memory ledger database holding the four balances the engine's tests filter. */
export async function filterTestDb(): Promise<Db> {
  const db = await openDb(undefined);
  for (const [id, currency, balance, indicator, created, meta] of ROWS) {
    await db.query(
      `INSERT INTO balances (balance_id, ledger_id, currency, balance, indicator, created_at, meta_data)
       VALUES ($1, 'general_ledger_id', $2, $3::numeric, $4, $5::timestamptz, $6::jsonb)`,
      [id, currency, balance, indicator, created, meta],
    );
  }
  return db;
}

type Ids = { balance_id: string };

/** The IDs a POST body with these filters (JSON text) returns, newest first. */
export async function bodyIds(db: Db, filters: string, extra = ""): Promise<string[]> {
  const parsed = parseFilterRequest(fakeRequest(`{"filters":[${filters}]${extra}}`), BALANCE_TEST_SPEC);
  const { rows } = await runFilter<Ids>(db, BALANCE_TEST_SPEC, parsed, "balance_id", "balance_id");
  return rows.map((row) => row.balance_id);
}

/** The IDs a GET list with this query string returns. */
export async function queryIds(db: Db, query: string): Promise<string[]> {
  const parsed = parseQueryFilters(new URLSearchParams(query), BALANCE_TEST_SPEC);
  const page = { ...parsed, limit: 20, offset: 0 };
  const { rows } = await runFilter<Ids>(db, BALANCE_TEST_SPEC, page, "balance_id", "balance_id");
  return rows.map((row) => row.balance_id);
}

/** The CoreError a filter run rejects with (fails the test when it resolves or rejects otherwise). */
export async function rejectionOf(run: Promise<unknown>): Promise<CoreError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof CoreError)) throw new Error(`expected a CoreError, got ${String(error)}`);
  return error;
}
