// Turns validated filters into one parameterized WHERE clause (plus any CTE a virtual field needs) and runs the
// page (and count) query. Identifiers come only from the spec; every value is a `$n` parameter (conditions.ts).

import { CoreError } from "../http/errors";
import { pqErrorDetails, type Queryable } from "../storage/db";
import { type AddParam, columnCondition, metadataKeyCondition } from "./conditions";
import { goParam, ParamConversionError } from "./go-values";
import { invalidFilter, sortableFields, tableName } from "./parse";
import type { FieldKind, Filter, FilterQuery, FilterSpec } from "./types";

const IDENTIFIER_RE = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  // Spec keys are trusted, but a malformed one must never reach SQL.
  if (!IDENTIFIER_RE.test(name)) throw new Error(`unsafe SQL identifier: ${name}`);
  return name;
}

/** The ledger's column as an expression of the type Core's column has (see FieldKind). */
function columnExpression(column: string, kind: FieldKind): string {
  switch (kind) {
    case "float-numeric":
      return `(${column}::text)::numeric`;
    case "bigint":
      return `(${column}::bigint)`;
    case "timestamp":
      return `(${column} AT TIME ZONE 'UTC')`;
    case "date":
      return `((${column} AT TIME ZONE 'UTC')::date)`;
    default:
      return column;
  }
}

type Built = { condition: string | null; cte?: string };

function build(filter: Filter, spec: FilterSpec, addParam: AddParam): Built {
  const { operator, field } = filter;
  const virtual = spec.virtual?.[field];
  if (virtual) {
    let items: unknown[] = [filter.value];
    if (operator === "in" || operator === "between") items = filter.values ?? [];
    if (operator === "isnull" || operator === "isnotnull") items = [];
    const sql = virtual.toSql(operator, items.map(goParam), addParam);
    return typeof sql === "string" ? { condition: sql } : sql;
  }
  if (field.startsWith("meta_data.")) {
    return { condition: metadataKeyCondition(filter, field.slice("meta_data.".length), addParam) };
  }
  // The whole meta_data column is Core's standard condition on a jsonb column.
  if (field === "meta_data") return { condition: columnCondition(filter, "meta_data", addParam) };
  const kind = spec.fields[field];
  if (!kind) throw invalidFilter(`invalid field '${field}' for table '${tableName(spec)}'`);
  return { condition: columnCondition(filter, columnExpression(identifier(field), kind), addParam) };
}

/**
 * `WHERE …` (or "") for validated filters, and the CTEs it reads; values are appended to `params`. A filter
 * Core's builder drops (its condition is "") is left out, as there.
 */
export function buildWhere(
  filters: readonly Filter[],
  logicalOperator: "and" | "or",
  spec: FilterSpec,
  params: unknown[],
): { where: string; ctes: string[] } {
  const addParam: AddParam = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  const ctes: string[] = [];
  for (const filter of filters) {
    const { condition, cte } = build(filter, spec, addParam);
    if (condition === null) continue;
    parts.push(`(${condition})`);
    if (cte) ctes.push(cte);
  }
  if (parts.length === 0) return { where: "", ctes };
  return { where: `WHERE ${parts.join(logicalOperator === "or" ? " OR " : " AND ")}`, ctes };
}

function isDatabaseError(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
}

/**
 * Core's answer when the filter query fails, whatever the cause (a value Postgres cannot read as the column's
 * type, `like` on a number, a second `indicator` CTE): the datasource's APIError INTERNAL_SERVER_ERROR with the
 * driver's error as details, so 500 GEN_INTERNAL "Failed to retrieve <table>" (e.g. database/balance.go:1799,
 * ledger.go:293, identity.go:468, transaction_filters.go:113).
 */
function queryFailed(spec: FilterSpec, error: unknown): CoreError | null {
  const message = `Failed to retrieve ${spec.table}`;
  if (error instanceof ParamConversionError) return new CoreError(500, "GEN_INTERNAL", message, "error", {});
  if (isDatabaseError(error))
    return new CoreError(500, "GEN_INTERNAL", message, "error", pqErrorDetails(error));
  return null;
}

/**
 * [WITH …] SELECT `columns` FROM spec.table WHERE … ORDER BY `sortBy` `order`, `orderTiebreak` `order`
 * LIMIT/OFFSET, and COUNT(*) over the same WHERE when `includeCount`. `orderTiebreak` is a column (usually the
 * primary key) so pages are stable when created_at ties. A query Postgres refuses is Core's 500 (queryFailed).
 */
export async function runFilter<Row>(
  db: Queryable,
  spec: FilterSpec,
  parsed: FilterQuery,
  columns: string,
  orderTiebreak: string,
): Promise<{ rows: Row[]; totalCount: number | null }> {
  const table = identifier(spec.table);
  const sortBy = identifier(
    parsed.sortBy && sortableFields(spec).includes(parsed.sortBy) ? parsed.sortBy : "created_at",
  );
  const direction = parsed.sortOrder === "asc" ? "ASC" : "DESC";
  const order = `ORDER BY ${sortBy} ${direction}, ${identifier(orderTiebreak)} ${direction}`;
  try {
    const params: unknown[] = [];
    const { where, ctes } = buildWhere(parsed.filters, parsed.logicalOperator, spec, params);
    const prefix = ctes.length > 0 ? `WITH ${ctes.join(", ")} ` : "";
    const pageParams = [...params];
    let page = "";
    // Go's int64 limits can exceed what a JS number holds exactly; past 2^53 rows there is nothing to page.
    if (parsed.limit !== null) {
      pageParams.push(Math.min(parsed.limit, Number.MAX_SAFE_INTEGER));
      page += ` LIMIT $${pageParams.length}`;
    }
    if (parsed.offset > 0) {
      pageParams.push(Math.min(parsed.offset, Number.MAX_SAFE_INTEGER));
      page += ` OFFSET $${pageParams.length}`;
    }
    const result = await db.query<Row>(
      `${prefix}SELECT ${columns} FROM ${table} ${where} ${order}${page}`,
      pageParams,
    );
    let totalCount: number | null = null;
    if (parsed.includeCount) {
      const count = await db.query<{ total: number }>(
        `${prefix}SELECT count(*) AS total FROM ${table} ${where}`,
        params,
      );
      totalCount = count.rows[0]?.total ?? 0;
    }
    return { rows: result.rows, totalCount };
  } catch (error) {
    throw queryFailed(spec, error) ?? error;
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
