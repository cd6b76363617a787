import { PGlite, types } from "@electric-sql/pglite";
import { parseBody } from "../json";
import { SCHEMA } from "./schema.sql";

export type Db = PGlite;
/** A connection or an open transaction: route code takes either. */
export type Queryable = Pick<PGlite, "query" | "exec">;

// NUMERIC → bigint (every numeric column is an integer amount), INT8 → number (versions, counts), jsonb →
// lossless parse so big integers inside metadata keep their digits.
const parsers = {
  [types.NUMERIC]: (value: string) => BigInt(value),
  [types.INT8]: (value: string) => Number(value),
  [types.JSONB]: (value: string) => parseBody(value),
  [types.JSON]: (value: string) => parseBody(value),
};

/** Opens (creating on first use) the ledger database in `dataDir`, or in memory when it is undefined. */
export async function openDb(dataDir: string | undefined): Promise<Db> {
  const db = await PGlite.create(dataDir, { parsers });
  await db.exec(SCHEMA);
  return db;
}

/**
 * A value Postgres refuses to store or compare (SQLSTATE class 22, "data exception": a NUL character in text or
 * jsonb, an out-of-range number, a bad time). It is the request's fault, so the server answers 400, not 500.
 */
export function isDataException(error: unknown): error is { code: string; message: string } {
  return (
    typeof error === "object" && error !== null && String((error as { code?: unknown }).code).startsWith("22")
  );
}

/** The fields of lib/pq's `*pq.Error`, in its struct order (lib/pq error.go; exported, no JSON tags). */
const PQ_FIELDS = [
  ["Severity", "severity"],
  ["Code", "code"],
  ["Message", "message"],
  ["Detail", "detail"],
  ["Hint", "hint"],
  ["Position", "position"],
  ["InternalPosition", "internalPosition"],
  ["InternalQuery", "internalQuery"],
  ["Where", "where"],
  ["Schema", "schema"],
  ["Table", "table"],
  ["Column", "column"],
  ["DataTypeName", "dataType"],
  ["Constraint", "constraint"],
  ["File", "file"],
  ["Line", "line"],
  ["Routine", "routine"],
] as const;

/**
 * A database error as Core's error details show it: Core passes the driver's `*pq.Error` as APIError.Details
 * (e.g. database/transaction_queries.go:59), and Go marshals its exported fields by name. The values are what
 * this Postgres (PGlite) reported; a Core on another Postgres release may name another source line.
 */
export function pqErrorDetails(error: unknown): Record<string, string> {
  const source = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const details: Record<string, string> = {};
  for (const [goName, jsName] of PQ_FIELDS) {
    const value = source[jsName];
    details[goName] = value === undefined || value === null ? "" : String(value);
  }
  return details;
}

/**
 * What PGlite reports when a text parameter's bytes are not valid UTF-8 or hold a NUL (checked against a real
 * NUL in storage tests); only the message, which names the bytes, varies.
 */
export function encodingErrorDetails(message: string): Record<string, string> {
  return pqErrorDetails({
    severity: "ERROR",
    code: "22021",
    message,
    where: "unnamed portal parameter $1",
    file: "mbutils.c",
    line: "1853",
    routine: "report_invalid_encoding_int",
  });
}
