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
