// Parsing and validation of filters, with Core's messages (api/filter_helper.go, internal/filter/parser.go,
// validation.go): a POST /<entity>/filter body, or `field_op=value` query params on GET lists.

import { bindBody, type GoStruct, goAny, goBool, goInt, goString } from "../http/bind";
import { CoreError } from "../http/errors";
import type { Request } from "../http/request";
import {
  type Filter,
  type FilterSpec,
  type LogicalOperator,
  OPERATORS,
  type Operator,
  type ParsedFilter,
} from "./types";
import { sniffValue } from "./values";

const META_KEY_RE = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const MAX_QUERY_FILTERS = 20;
const MAX_IN_VALUES = 100;
const MAX_VALUE_BYTES = 1000;
const RESERVED_PARAMS = new Set([
  "page",
  "pagesize",
  "per_page",
  "limit",
  "offset",
  "sort",
  "order",
  "order_by",
  "order_dir",
  "logical_operator",
  "instance_id",
  "org_id",
]);
// Query strings also accept Core's aliases (ResolveOperator); JSON bodies need the exact names.
const OPERATOR_ALIASES: Record<string, Operator> = { neq: "ne", gteq: "gte", lteq: "lte" };
const LOGICAL_MESSAGE = "invalid logical_operator: must be 'and' or 'or'";

const QUERY_FILTER: GoStruct = {
  name: "QueryFilter",
  goType: "filter.QueryFilter",
  fields: {
    field: goString,
    operator: { type: { kind: "string" }, goType: "filter.Operator" },
    value: goAny,
    values: {
      type: { kind: "slice", goType: "[]interface {}", elem: { kind: "any" } },
      goType: "[]interface {}",
    },
  },
};

const FILTER_REQUEST: GoStruct = {
  name: "FilterRequest",
  goType: "api.FilterRequest",
  fields: {
    filters: {
      type: { kind: "slice", goType: "[]filter.QueryFilter", elem: { kind: "struct", struct: QUERY_FILTER } },
      goType: "[]filter.QueryFilter",
    },
    logical_operator: goString,
    limit: goInt,
    offset: goInt,
    sort_by: goString,
    sort_order: goString,
    include_count: goBool,
  },
};

export const invalidFilter = (message: string) =>
  new CoreError(400, "GEN_BAD_REQUEST", `Invalid filter: ${message}`, "error", {});

function isOperator(value: string): value is Operator {
  return (OPERATORS as readonly string[]).includes(value);
}

export function tableName(spec: FilterSpec): string {
  return spec.name ?? spec.table;
}

/** Fields `sort_by` may name: the spec's columns and `meta_data` (virtual fields have no column to sort). */
export function sortableFields(spec: FilterSpec): string[] {
  return [...Object.keys(spec.fields), ...(spec.hasMetadata ? ["meta_data"] : [])];
}

function resolveLogical(raw: string): LogicalOperator | null {
  const value = raw.trim().toLowerCase();
  if (value === "" || value === "and") return "and";
  return value === "or" ? "or" : null;
}

type RawFilter = { field: string; operator: string; value?: unknown; values?: unknown[] };

/** Core's filter.Validate: operator, arity, virtual-field operators, meta_data key, known field; in that order. */
export function validateFilters(filters: RawFilter[], spec: FilterSpec): Filter[] {
  const table = tableName(spec);
  return filters.map((filter) => {
    const { field, operator } = filter;
    if (!isOperator(operator)) {
      throw invalidFilter(
        `invalid operator '${operator}' for field '${field}': must be one of ${OPERATORS.join(", ")}`,
      );
    }
    const count = filter.values?.length ?? 0;
    if (operator === "in" && count === 0) {
      throw invalidFilter(`operator 'in' for field '${field}' requires at least one value in 'values'`);
    }
    if (operator === "between" && count !== 2) {
      throw invalidFilter(
        `operator 'between' for field '${field}' requires exactly two values in 'values', got ${count}`,
      );
    }
    const virtual = spec.virtual?.[field];
    if (virtual && !virtual.operators.includes(operator)) {
      throw invalidFilter(
        `operator '${operator}' is not supported for field '${field}' on ${table}: must be one of ${virtual.operators.join(", ")}`,
      );
    }
    if (spec.hasMetadata && field.startsWith("meta_data.")) {
      const key = field.slice("meta_data.".length);
      if (!META_KEY_RE.test(key)) {
        throw invalidFilter(
          `invalid JSON key '${key}' in field '${field}': must match pattern ^[a-zA-Z][a-zA-Z0-9_]*$`,
        );
      }
    } else if (!(field in spec.fields) && !virtual && !(spec.hasMetadata && field === "meta_data")) {
      throw invalidFilter(`invalid field '${field}' for table '${table}'`);
    }
    return { field, operator, value: filter.value, values: filter.values };
  });
}

/** POST /<entity>/filter body → ParsedFilter, or Core's 400 (see blnk-api.md §6). */
export function parseFilterRequest(request: Request, spec: FilterSpec): ParsedFilter {
  // Core answers a body it cannot bind with GEN_VALIDATION_ERROR, not MALFORMED.
  const body = bindBody(request, FILTER_REQUEST, { code: "GEN_VALIDATION_ERROR", legacyKey: "error" });
  const limit = typeof body.limit === "number" && body.limit > 0 && body.limit <= 100 ? body.limit : 20;
  const offset = typeof body.offset === "number" && body.offset > 0 ? body.offset : 0;
  const order = typeof body.sort_order === "string" ? body.sort_order.trim().toLowerCase() : "";
  const sortBy = typeof body.sort_by === "string" ? body.sort_by.trim().toLowerCase() : "";
  const logical = resolveLogical(typeof body.logical_operator === "string" ? body.logical_operator : "");
  if (!logical) throw new CoreError(400, "GEN_VALIDATION_ERROR", LOGICAL_MESSAGE);
  const raw = Array.isArray(body.filters) ? (body.filters as Record<string, unknown>[]) : [];
  const filters = validateFilters(
    raw.map((item) => ({
      field: typeof item.field === "string" ? item.field : "",
      operator: typeof item.operator === "string" ? item.operator : "",
      value: item.value,
      values: Array.isArray(item.values) ? item.values : undefined,
    })),
    spec,
  );
  return {
    filters,
    logicalOperator: logical,
    sortBy: sortableFields(spec).includes(sortBy) ? sortBy : "created_at",
    sortOrder: order === "asc" ? "asc" : "desc",
    limit,
    offset,
    includeCount: body.include_count === true,
  };
}

type ParamError = { Param: string; Message: string };

/**
 * GET list `field_op=value` params → filters (Core's ParseFromQuery + Validate). Reserved and suffix-less params
 * are ignored; parse errors → 400 GEN_VALIDATION_ERROR with legacy `errors: [{Param, Message}]`; a bad field or
 * operator → 400 GEN_BAD_REQUEST "Invalid filter: …". An empty `filters` means "no filtering".
 */
export function parseQueryFilters(
  query: URLSearchParams,
  spec: FilterSpec,
): { filters: Filter[]; logicalOperator: LogicalOperator } {
  const errors: ParamError[] = [];
  let logicalOperator: LogicalOperator = "and";
  const logicalRaw = (query.get("logical_operator") ?? "").trim();
  if (logicalRaw !== "") {
    const resolved = resolveLogical(logicalRaw);
    if (resolved) logicalOperator = resolved;
    else errors.push({ Param: "logical_operator", Message: LOGICAL_MESSAGE });
  }
  const raw: RawFilter[] = [];
  for (const key of new Set(query.keys())) {
    if (RESERVED_PARAMS.has(key.toLowerCase())) continue;
    const parts = key.split("_");
    if (parts.length < 2) continue;
    const suffix = (parts.pop() ?? "").toLowerCase();
    const operator = OPERATOR_ALIASES[suffix] ?? (isOperator(suffix) ? suffix : null);
    if (!operator) continue;
    const field = parts.join("_");
    if (raw.length >= MAX_QUERY_FILTERS) {
      errors.push({ Param: key, Message: `exceeded maximum number of filters (${MAX_QUERY_FILTERS})` });
      continue;
    }
    const value = query.get(key) ?? "";
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) {
      errors.push({ Param: key, Message: `value exceeds maximum length (${MAX_VALUE_BYTES} chars)` });
      continue;
    }
    if (operator === "between") {
      const pair = value.split("|");
      if (pair.length !== 2) {
        const message = "between operator requires exactly 2 pipe-separated values (value1|value2)";
        errors.push({ Param: key, Message: message });
        continue;
      }
      raw.push({ field, operator, values: pair.map(sniffValue) });
    } else if (operator === "in") {
      const list = value.split(",");
      if (list.length > MAX_IN_VALUES) {
        errors.push({ Param: key, Message: `IN operator exceeds maximum values (${MAX_IN_VALUES})` });
        continue;
      }
      raw.push({ field, operator, values: list.map((item) => sniffValue(item.trim())) });
    } else if (operator === "isnull" || operator === "isnotnull") {
      raw.push({ field, operator });
    } else {
      raw.push({ field, operator, value: sniffValue(value) });
    }
  }
  if (errors.length > 0) {
    throw new CoreError(400, "GEN_VALIDATION_ERROR", "invalid filter parameters", "errors", errors, errors);
  }
  return { filters: raw.length > 0 ? validateFilters(raw, spec) : [], logicalOperator };
}
