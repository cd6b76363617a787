// Turns validated filters into one parameterized WHERE clause and runs the page (and count) query.
// Identifiers come only from the spec; every value is a `$n` parameter sent as text and cast in SQL, so NUMERIC
// amounts compare exactly (digits, never JS floats) and times compare as timestamptz.

import { isLosslessNumber, parseBody, toJson } from "../json";
import { isDataException, type Queryable } from "../storage/db";
import { invalidFilter, sortableFields, tableName } from "./parse";
import { type FieldKind, type Filter, type FilterQuery, type FilterSpec, QueryValue } from "./types";
import { parseDateTime } from "./values";

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const IDENTIFIER_RE = /^[a-z_][a-z0-9_]*$/;
const CAST: Record<FieldKind, string> = {
  text: "text",
  numeric: "numeric",
  float: "float8",
  time: "timestamptz",
  bool: "boolean",
};
const COMPARE: Record<string, string> = { eq: "=", ne: "!=", gt: ">", gte: ">=", lt: "<", lte: "<=" };

type AddParam = (value: unknown) => string;

/** A filter value as the text sent to Postgres; null for JSON null or a missing value (Go's nil). */
export function valueText(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof QueryValue) return value.text;
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint" || typeof value === "number")
    return String(value);
  if (isLosslessNumber(value)) return (value as { value: string }).value;
  throw invalidFilter(`invalid value for field '${field}': must be a string, number or boolean`);
}

function identifier(name: string): string {
  // Spec keys are trusted, but a malformed one must never reach SQL.
  if (!IDENTIFIER_RE.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return name;
}

function typedParam(value: unknown, field: string, kind: FieldKind, addParam: AddParam): string {
  const text = valueText(value, field);
  if (text !== null && (kind === "numeric" || kind === "float") && !NUMBER_RE.test(text)) {
    throw invalidFilter(`invalid value for field '${field}': must be a number`);
  }
  return `${addParam(text)}::${CAST[kind]}`;
}

/** `isnull` and `isnotnull` on any SQL expression; null for every other operator. */
function nullTest(operator: string, expression: string): string | null {
  if (operator === "isnull") return `${expression} IS NULL`;
  if (operator === "isnotnull") return `${expression} IS NOT NULL`;
  return null;
}

const PATTERN: Record<string, string> = { like: "LIKE", ilike: "ILIKE" };

function columnCondition(filter: Filter, column: string, kind: FieldKind, addParam: AddParam): string {
  const { field, operator, value } = filter;
  const values = filter.values ?? [];
  const param = (item: unknown) => typedParam(item, field, kind, addParam);
  const nulls = nullTest(operator, column);
  if (nulls !== null) return nulls;
  switch (operator) {
    case "like":
    case "ilike": {
      const target = kind === "text" ? column : `${column}::text`;
      return `${target} ${PATTERN[operator]} ${addParam(valueText(value, field))}::text`;
    }
    case "in":
      return `${column} IN (${values.map(param).join(", ")})`;
    case "between":
      return `${column} BETWEEN ${param(values[0])} AND ${param(values[1])}`;
    case "eq":
      // A datetime in a query string matches its whole span (the day for 2024-01-01), as in Core.
      if (kind === "time" && value instanceof QueryValue && value.range) {
        const { floor, ceiling } = value.range;
        return `${column} >= ${addParam(floor)}::timestamptz AND ${column} < ${addParam(ceiling)}::timestamptz`;
      }
      return `${column} = ${param(value)}`;
    default:
      return `${column} ${COMPARE[operator]} ${param(value)}`;
  }
}

type Ordered = { cast: "numeric" | "timestamptz" | "text"; texts: (string | null)[] };

/** How to order-compare metadata values: as numbers when all are numeric, as times when all parse, else text. */
function orderedValues(items: unknown[], field: string): Ordered {
  const texts = items.map((item) => valueText(item, field));
  const present = texts.filter((text): text is string => text !== null);
  if (present.every((text) => NUMBER_RE.test(text))) return { cast: "numeric", texts };
  if (present.every((text) => parseDateTime(text) !== null)) return { cast: "timestamptz", texts };
  return { cast: "text", texts };
}

/** `meta_data.<key>`: text comparison of `meta_data->>key`; order comparisons only over values of that type. */
function metadataKeyCondition(filter: Filter, key: string, addParam: AddParam): string {
  const { field, operator, value } = filter;
  const json = `(meta_data->>${addParam(key)})`;
  const text = (item: unknown) => `${addParam(valueText(item, field))}::text`;
  // Rows whose value is not a number/time simply do not match (Core would fail the whole query).
  const guarded = (cast: Ordered["cast"]) =>
    cast === "text" ? json : `(CASE WHEN pg_input_is_valid(${json}, '${cast}') THEN ${json}::${cast} END)`;
  const nulls = nullTest(operator, json);
  if (nulls !== null) return nulls;
  switch (operator) {
    case "like":
    case "ilike":
      return `${json} ${PATTERN[operator]} ${text(value)}`;
    case "in":
      return `${json} IN (${(filter.values ?? []).map(text).join(", ")})`;
    case "ne":
      return `${json} != ${text(value)}`;
    case "eq":
      if (value instanceof QueryValue && value.range) {
        const { floor, ceiling } = value.range;
        const time = guarded("timestamptz");
        const span = `${time} >= ${addParam(floor)}::timestamptz AND ${time} < ${addParam(ceiling)}::timestamptz`;
        return `(${json} = ${text(value)} OR (${span}))`;
      }
      return `${json} = ${text(value)}`;
    case "between": {
      const { cast, texts } = orderedValues(filter.values ?? [], field);
      const [low, high] = texts.map((item) => `${addParam(item)}::${cast}`);
      return `${guarded(cast)} BETWEEN ${low} AND ${high}`;
    }
    default: {
      const { cast, texts } = orderedValues([value], field);
      return `${guarded(cast)} ${COMPARE[operator]} ${addParam(texts[0] ?? null)}::${cast}`;
    }
  }
}

/** The whole `meta_data` column: null checks, JSON equality, and text patterns. */
function metadataColumnCondition(filter: Filter, addParam: AddParam): string {
  const { operator, value } = filter;
  const nulls = nullTest(operator, "meta_data");
  if (nulls !== null) return nulls;
  if (operator === "like" || operator === "ilike") {
    return `meta_data::text ${PATTERN[operator]} ${addParam(valueText(value, "meta_data"))}::text`;
  }
  if (operator === "eq" || operator === "ne") {
    let json: string;
    if (typeof value === "string") {
      try {
        json = toJson(parseBody(value));
      } catch {
        throw invalidFilter("invalid value for field 'meta_data': must be a JSON object");
      }
    } else {
      json = toJson(value ?? null);
    }
    return `meta_data ${COMPARE[operator]} ${addParam(json)}::jsonb`;
  }
  throw invalidFilter(`operator '${operator}' is not supported for field 'meta_data'`);
}

function condition(filter: Filter, spec: FilterSpec, addParam: AddParam): string {
  const virtual = spec.virtual?.[filter.field];
  if (virtual) {
    const { operator, field } = filter;
    let items: unknown[] = [filter.value];
    if (operator === "in" || operator === "between") items = filter.values ?? [];
    if (operator === "isnull" || operator === "isnotnull") items = [];
    return virtual.toSql(
      operator,
      items.map((item) => valueText(item, field)),
      addParam,
    );
  }
  if (filter.field === "meta_data") return metadataColumnCondition(filter, addParam);
  if (filter.field.startsWith("meta_data.")) {
    return metadataKeyCondition(filter, filter.field.slice("meta_data.".length), addParam);
  }
  const kind = spec.fields[filter.field];
  if (!kind) throw invalidFilter(`invalid field '${filter.field}' for table '${tableName(spec)}'`);
  return columnCondition(filter, identifier(filter.field), kind, addParam);
}

/** `WHERE …` (or "") for validated filters; values are appended to `params`. */
export function buildWhere(
  filters: readonly Filter[],
  logicalOperator: "and" | "or",
  spec: FilterSpec,
  params: unknown[],
): string {
  if (filters.length === 0) return "";
  const addParam: AddParam = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts = filters.map((filter) => `(${condition(filter, spec, addParam)})`);
  return `WHERE ${parts.join(logicalOperator === "or" ? " OR " : " AND ")}`;
}

/**
 * SELECT `columns` FROM spec.table WHERE … ORDER BY `sortBy` `order`, `orderTiebreak` `order` LIMIT/OFFSET, and
 * COUNT(*) over the same WHERE when `includeCount`. `orderTiebreak` is a column (usually the primary key) so
 * pages are stable when created_at ties. A value Postgres cannot read (a bad time) is Core's 400, not a 500,
 * unless `onDataException` says what the entity's Core answers instead.
 */
export async function runFilter<Row>(
  db: Queryable,
  spec: FilterSpec,
  parsed: FilterQuery,
  columns: string,
  orderTiebreak: string,
  options: { onDataException?: (error: { code: string; message: string }) => Error } = {},
): Promise<{ rows: Row[]; totalCount: number | null }> {
  const params: unknown[] = [];
  const where = buildWhere(parsed.filters, parsed.logicalOperator, spec, params);
  const table = identifier(spec.table);
  const sortBy = identifier(
    parsed.sortBy && sortableFields(spec).includes(parsed.sortBy) ? parsed.sortBy : "created_at",
  );
  const direction = parsed.sortOrder === "asc" ? "ASC" : "DESC";
  const pageParams = [...params];
  let page = "";
  // Go's int64 limits can exceed what a JS number holds exactly; past 2^53 rows there is nothing to page anyway.
  if (parsed.limit !== null) {
    pageParams.push(Math.min(parsed.limit, Number.MAX_SAFE_INTEGER));
    page += ` LIMIT $${pageParams.length}`;
  }
  if (parsed.offset > 0) {
    pageParams.push(Math.min(parsed.offset, Number.MAX_SAFE_INTEGER));
    page += ` OFFSET $${pageParams.length}`;
  }
  const order = `ORDER BY ${sortBy} ${direction}, ${identifier(orderTiebreak)} ${direction}`;
  try {
    const result = await db.query<Row>(
      `SELECT ${columns} FROM ${table} ${where} ${order}${page}`,
      pageParams,
    );
    let totalCount: number | null = null;
    if (parsed.includeCount) {
      const count = await db.query<{ total: number }>(
        `SELECT count(*) AS total FROM ${table} ${where}`,
        params,
      );
      totalCount = count.rows[0]?.total ?? 0;
    }
    return { rows: result.rows, totalCount };
  } catch (error) {
    if (isDataException(error)) throw options.onDataException?.(error) ?? invalidFilter(error.message);
    throw error;
  }
}

/**
 * Core's list body: a bare array (or `null` when empty and `nullWhenEmpty`) when no count was asked
 * (`totalCount === null`), else `{data, total_count}` — with `total_count` omitted when the page is empty,
 * because Core reads it from COUNT(*) OVER() on the returned rows.
 */
export function filterResponse<Row>(
  rows: Row[],
  totalCount: number | null,
  options: { nullWhenEmpty: boolean },
): unknown {
  const data = rows.length === 0 && options.nullWhenEmpty ? null : rows;
  if (totalCount === null) return data;
  return rows.length === 0 ? { data } : { data, total_count: totalCount };
}
