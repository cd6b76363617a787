import { BlnkError } from "./errors";

// Core's filter language (blnk-api.md §6), shared by the JSON body of POST /…/filter and the `field_op=value`
// query parameters of the GET lists.

export const FILTER_OPERATORS = [
  "eq",
  "ne",
  "gt",
  "gte",
  "lt",
  "lte",
  "in",
  "between",
  "like",
  "ilike",
  "isnull",
  "isnotnull",
] as const;

export type BlnkFilterOperator = (typeof FILTER_OPERATORS)[number];

export interface BlnkFilter {
  /** A filterable column for the resource, or `meta_data.<key>`. */
  field: string;
  operator: BlnkFilterOperator;
  value?: string | number | bigint | boolean;
  /** For `in` (1+ values) and `between` (exactly 2). */
  values?: (string | number | bigint)[];
}

export type SortOrder = "asc" | "desc";

export interface FilterQuery {
  filters?: readonly BlnkFilter[];
  logicalOperator?: "and" | "or";
  sortBy?: string;
  sortOrder?: SortOrder;
  /** Clamped to 1..100: Core silently turns anything above 100 into 20. */
  limit: number;
  offset: number;
  /** Ask for `total_count`. Defaults to true: the tables page on the server and need the row count. */
  includeCount?: boolean;
}

/** The JSON body of POST /{ledgers,balances,identities,transactions}/filter. */
export interface FilterRequestBody {
  filters: BlnkFilter[];
  logical_operator?: "and" | "or";
  sort_by?: string;
  sort_order?: SortOrder;
  include_count: boolean;
  limit: number;
  offset: number;
}

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

export function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit)));
}

export function clampOffset(offset: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.trunc(offset)) : 0;
}

/**
 * Builds the FilterRequest body. A bigint value goes as a decimal string: Core decodes `value`/`values` into
 * interface{} (internal/filter/types.go QueryFilter), so a bare JSON integer becomes a float64 and loses digits
 * past 2^53, while a string reaches Postgres as text that the column's type reads exactly (`balance > $1` with
 * "100000000000000000000001" is a numeric comparison). The one place a string means something else is
 * `meta_data.<key>` `eq`, a JSON containment match, where "5" does not match the number 5.
 */
export function buildFilterRequest(query: FilterQuery): FilterRequestBody {
  const body: FilterRequestBody = {
    filters: (query.filters ?? []).map(normalizeFilter),
    include_count: query.includeCount ?? true,
    limit: clampLimit(query.limit),
    offset: clampOffset(query.offset),
  };
  if (query.logicalOperator) body.logical_operator = query.logicalOperator;
  if (query.sortBy) body.sort_by = query.sortBy;
  if (query.sortOrder) body.sort_order = query.sortOrder;
  return body;
}

/**
 * The same filters as GET query parameters: `currency_eq=USD`, `ledger_id_in=a,b`, `created_at_between=a|b`.
 * A bigint is written in decimal. Core sniffs each value (internal/filter/values.go): digits within int64 are
 * an int64 and compare exactly, but longer ones fall through to ParseFloat, so past 2^63 the GET lists compare
 * a rounded float64. Only the POST body (buildFilterRequest) is exact at any size.
 */
export function toQueryFilters(filters: readonly BlnkFilter[]): [string, string][] {
  return filters.map(normalizeFilter).map((filter) => {
    const name = `${filter.field}_${filter.operator}`;
    switch (filter.operator) {
      case "in":
        return [name, (filter.values ?? []).map(String).join(",")];
      case "between":
        return [name, (filter.values ?? []).map(String).join("|")];
      case "isnull":
      case "isnotnull":
        return [name, "true"];
      default:
        return [name, String(filter.value ?? "")];
    }
  });
}

/** A LIKE pattern matching `text` literally anywhere (for `ilike`): % and _ typed by a user are not wildcards. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

// Core answers these mistakes with a 400 too; catching them here gives a clearer message and saves a request.
function normalizeFilter(filter: BlnkFilter): BlnkFilter {
  const fail = (message: string): never => {
    throw new BlnkError({
      status: 0,
      code: "GEN_VALIDATION_ERROR",
      kind: "validation",
      message: `Filter on ${filter.field}: ${message}`,
      field: filter.field,
      fieldErrors: { [filter.field]: message },
    });
  };
  if (!filter.field) fail("a field name is required");
  if (!(FILTER_OPERATORS as readonly string[]).includes(filter.operator)) {
    fail(`unknown operator "${filter.operator}"`);
  }
  switch (filter.operator) {
    case "in":
      if (!filter.values?.length) fail("'in' needs at least one value");
      return { field: filter.field, operator: filter.operator, values: (filter.values ?? []).map(exact) };
    case "between":
      if (filter.values?.length !== 2) fail("'between' needs exactly two values");
      return { field: filter.field, operator: filter.operator, values: (filter.values ?? []).map(exact) };
    case "isnull":
    case "isnotnull":
      return { field: filter.field, operator: filter.operator };
    default:
      if (filter.value === undefined) fail(`'${filter.operator}' needs a value`);
      return { field: filter.field, operator: filter.operator, value: exact(filter.value) };
  }
}

/** A bigint as its decimal text, which Core passes to Postgres unchanged (see buildFilterRequest). */
function exact<T extends string | number | bigint | boolean | undefined>(
  value: T,
): Exclude<T, bigint> | string {
  return typeof value === "bigint" ? value.toString() : (value as Exclude<T, bigint>);
}
