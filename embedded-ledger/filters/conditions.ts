// One filter's SQL, as Core's builders write it (internal/filter/sql_builder.go buildStandardCondition,
// sql_json.go buildJSONPathCondition). Every value is a `$n` parameter holding the text Core's driver sends
// (go-values.ts), left for Postgres to type from its column as it does in Core: no casts on parameters, so a
// value Postgres cannot read as the column's type, or `like` on a column that is not text, fails the query
// there and here alike.

import { goJson, goParam, pqStringArray } from "./go-values";
import { type Filter, QueryValue, type SqlParam } from "./types";

export type AddParam = (value: unknown) => string;

const COMPARE: Record<string, string> = { eq: "=", ne: "!=", gt: ">", gte: ">=", lt: "<", lte: "<=" };

/**
 * The right-hand side of `in`: `= ANY($n)` with a pq string array when every value is a Go string (as Core's
 * isStringArray), else `IN ($1, $2, …)`.
 */
export function inList(values: SqlParam[], addParam: AddParam): string {
  if (values.every((value) => value.isString)) {
    return `= ANY(${addParam(pqStringArray(values.map((value) => value.text ?? "")))})`;
  }
  return `IN (${values.map((value) => addParam(value.text)).join(", ")})`;
}

/** The `eq` span of a query-string datetime (Core's TimestampValue), else null. */
function timeSpan(value: unknown): { floor: string; ceiling: string } | null {
  return value instanceof QueryValue && value.type === "datetime" && value.time ? value.time : null;
}

/** buildStandardCondition on `column` (an SQL expression of the column's Core type). */
export function columnCondition(filter: Filter, column: string, addParam: AddParam): string {
  const { operator, value } = filter;
  const values = filter.values ?? [];
  const param = (item: unknown) => addParam(goParam(item).text);
  switch (operator) {
    case "eq": {
      const span = timeSpan(value);
      if (span) return `${column} >= ${addParam(span.floor)} AND ${column} < ${addParam(span.ceiling)}`;
      return `${column} = ${param(value)}`;
    }
    case "like":
      return `${column} LIKE ${param(value)}`;
    case "ilike":
      return `${column} ILIKE ${param(value)}`;
    case "in":
      return `${column} ${inList(values.map(goParam), addParam)}`;
    case "between":
      return `${column} BETWEEN ${param(values[0])} AND ${param(values[1])}`;
    case "isnull":
      return `${column} IS NULL`;
    case "isnotnull":
      return `${column} IS NOT NULL`;
    default:
      return `${column} ${COMPARE[operator]} ${param(value)}`;
  }
}

/**
 * buildJSONPathCondition for `meta_data.<key>`: `eq` is JSON containment (`{"key": value}`, so 5 and "5"
 * differ), a query-string datetime `eq` compares the key's text as a timestamp, `ne`/`like`/`in` compare its
 * text, order comparisons read it as numeric (a row whose value is not a number fails the query, as in Core),
 * and `isnull` is "no such key, or null". Null when Core drops the filter (a value json.Marshal refuses).
 */
export function metadataKeyCondition(filter: Filter, key: string, addParam: AddParam): string | null {
  const { operator, value } = filter;
  const values = filter.values ?? [];
  let keyParam: string | undefined;
  const keyRef = () => {
    keyParam ??= addParam(key);
    return keyParam;
  };
  const text = () => `meta_data->>${keyRef()}`;
  const param = (item: unknown) => addParam(goParam(item).text);
  switch (operator) {
    case "eq": {
      const span = timeSpan(value);
      if (span) {
        const time = `(${text()})::timestamp`;
        return `${time} >= ${addParam(span.floor)} AND ${time} < ${addParam(span.ceiling)}`;
      }
      const json = goJson(value);
      return json === null ? null : `meta_data @> ${addParam(`{${JSON.stringify(key)}:${json}}`)}::jsonb`;
    }
    case "ne":
      return `${text()} != ${param(value)}`;
    case "like":
      return `${text()} LIKE ${param(value)}`;
    case "ilike":
      return `${text()} ILIKE ${param(value)}`;
    case "in":
      return `${text()} IN (${values.map(param).join(", ")})`;
    case "between":
      return `(${text()})::numeric BETWEEN ${param(values[0])} AND ${param(values[1])}`;
    case "isnull":
      return `(${text()} IS NULL OR meta_data ? ${keyRef()} = false)`;
    case "isnotnull":
      return `(${text()} IS NOT NULL AND meta_data ? ${keyRef()} = true)`;
    default:
      return `(${text()})::numeric ${COMPARE[operator]} ${param(value)}`;
  }
}
