// A filter value as Core hands it to Postgres. The JSON body's `value`/`values` are interface{} (Go's decoder
// makes every number a float64), a query-string value is sniffed (values.ts), and Core passes either to lib/pq
// unchanged (extractValueForSQL turns only a TimestampValue into its time.Time): a string as its bytes, a
// float64 as its shortest digits, a bool as true/false, nil as NULL. Postgres then reads that text as the type
// the column gives the parameter, so "100000000000000000000000" against a numeric column compares exactly.

import { isLosslessNumber } from "../json";
import { goFloatText, goString } from "./go-format";
import { QueryValue, type SqlParam } from "./types";

/**
 * database/sql refuses an object or an array as a parameter ("sql: converting argument $1 type: unsupported
 * type map[string]interface {}, a map") before anything reaches Postgres; Core answers it like any failed
 * query, with the error (no exported fields) as `{}` details.
 */
export class ParamConversionError extends Error {}

/** A JSON number (lossless, or a JS number or bigint) as Go's float64. */
function asFloat64(value: unknown): number | null {
  if (isLosslessNumber(value)) return Number((value as { value: string }).value);
  if (typeof value === "number") return value;
  return typeof value === "bigint" ? Number(value) : null;
}

/** One value as lib/pq sends it. */
export function goParam(value: unknown): SqlParam {
  if (value === null || value === undefined) return { text: null, isString: false };
  if (value instanceof QueryValue) return { text: value.sql, isString: value.type === "string" };
  if (typeof value === "string") return { text: value, isString: true };
  if (typeof value === "boolean") return { text: String(value), isString: false };
  const number = asFloat64(value);
  if (number !== null) return { text: goFloatText(number), isString: false };
  throw new ParamConversionError(Array.isArray(value) ? "a slice" : "a map");
}

/**
 * pq.Array of strings, as its Value() writes it (lib/pq array.go StringArray): `{"a","b\"c"}`, every element
 * quoted, `"` and `\` escaped with a backslash.
 */
export function pqStringArray(items: string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (char) => `\\${char}`)}"`).join(",")}}`;
}

/**
 * json.Marshal of one Go value, for Core's `meta_data.<key>` containment (sql_json.go buildContainmentJSON);
 * null where Go's Marshal fails (a NaN or infinite float from a query string), and Core drops the filter.
 */
export function goJson(value: unknown): string | null {
  if (value === null || value === undefined) return "null";
  if (value instanceof QueryValue) {
    if (value.type === "string" || value.type === "datetime") return JSON.stringify(goString(value.sql));
    if (value.type === "float") {
      const number = Number(value.sql);
      return Number.isFinite(number) ? JSON.stringify(number) : null;
    }
    return value.sql;
  }
  if (typeof value === "string") return JSON.stringify(goString(value));
  if (typeof value === "boolean") return String(value);
  const number = asFloat64(value);
  // JSON.stringify writes a float64 as Go's encoder does (plain digits, exponent from 1e21 and below 1e-6).
  if (number !== null) return Number.isFinite(number) ? JSON.stringify(number) : null;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) parts.push(goJson(item) ?? "null");
    return `[${parts.join(",")}]`;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    parts.push(`${JSON.stringify(goString(key))}:${goJson(item) ?? "null"}`);
  }
  return `{${parts.join(",")}}`;
}
