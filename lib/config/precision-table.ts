import "server-only";
import { createPrecisionTable, type PrecisionTable, parseCurrencyPrecisionOverrides } from "@/lib/money";

let cached: { source: string | undefined; table: PrecisionTable } | undefined;

/** The precision table with `CURRENCY_PRECISION` overrides; throws a message naming the bad entry. */
export function getPrecisionTable(env: NodeJS.ProcessEnv = process.env): PrecisionTable {
  const source = env.CURRENCY_PRECISION;
  if (cached?.source !== source || !cached) {
    cached = { source, table: createPrecisionTable(parseCurrencyPrecisionOverrides(source)) };
  }
  return cached.table;
}

/** The CURRENCY_PRECISION overrides as plain pairs, for the browser's "Create balance" precision hint. */
export function getPrecisionOverrideEntries(env: NodeJS.ProcessEnv = process.env): Array<[string, string]> {
  return [...parseCurrencyPrecisionOverrides(env.CURRENCY_PRECISION)].map(([code, precision]) => [
    code,
    precision.toString(),
  ]);
}
