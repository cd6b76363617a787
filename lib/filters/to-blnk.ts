import type { BlnkFilter } from "@/lib/blnk/filter";
import type { PrecisionTable } from "@/lib/money";
import {
  clauseProblem,
  decimalsOf,
  type FilterClause,
  fieldOf,
  metaKeyOf,
  parseFilterAmount,
  parseFilterDate,
} from "./clauses";
import type { FilterField, FilterTable } from "./fields";

// Clauses as Core's filter request (blnk-api.md §6). Amounts on balances become exact minor-unit integers
// (bigint, sent as strings: Core turns big bare numbers into floats, core-compat §7.7); a transaction's
// `amount` column is Core's major-unit number, so it gets the exact decimal text. Days become UTC bounds.

const DAY_MS = 86_400_000;
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text.trim());

/** "Contains pattern": anywhere in the text, any case; a value with its own `%` is used as the pattern. */
export function containsLike(text: string): string {
  return text.includes("%") ? text : `%${text}%`;
}

/** Minor units as a plain decimal in major units: 123456n, 2 → "1234.56". */
export function minorToDecimal(minor: bigint, decimals: number): string {
  const sign = minor < 0n ? "-" : "";
  const digits = (minor < 0n ? -minor : minor).toString().padStart(decimals + 1, "0");
  if (decimals === 0) return `${sign}${digits}`;
  const fraction = digits.slice(-decimals).replace(/0+$/, "");
  return `${sign}${digits.slice(0, -decimals)}${fraction ? `.${fraction}` : ""}`;
}

function dateFilters(column: string, clause: FilterClause): BlnkFilter[] {
  const [first = "", second = ""] = clause.values;
  const start = (text: string) => parseFilterDate(text)?.getTime() ?? 0;
  const iso = (ms: number) => new Date(ms).toISOString();
  // A day as an end is the whole day: "on or before 31 Jan" includes 31 Jan.
  const end = (text: string) => (isDay(text) ? start(text) + DAY_MS : start(text));
  switch (clause.op) {
    case "gt":
      return [{ field: column, operator: isDay(first) ? "gte" : "gt", value: iso(end(first)) }];
    case "lte":
      return [{ field: column, operator: isDay(first) ? "lt" : "lte", value: iso(end(first)) }];
    case "between":
      return [
        { field: column, operator: "gte", value: iso(start(first)) },
        { field: column, operator: isDay(second) ? "lt" : "lte", value: iso(end(second)) },
      ];
    default:
      return [{ field: column, operator: clause.op === "gte" ? "gte" : "lt", value: iso(start(first)) }];
  }
}

function amountFilters(field: FilterField, clause: FilterClause, precision: PrecisionTable): BlnkFilter[] {
  const currency = clause.currency?.trim().toUpperCase() ?? "";
  const decimals = decimalsOf(currency, precision);
  const amounts = clause.values.map((value) => {
    const parsed = parseFilterAmount(value, decimals, currency);
    const minor = parsed.ok ? parsed.minor : 0n;
    return field.kind === "major" ? minorToDecimal(minor, decimals) : minor;
  });
  const [value] = amounts;
  const filters: BlnkFilter[] = currency ? [{ field: "currency", operator: "eq", value: currency }] : [];
  // Core's `amount` is the transaction's precise amount over its own precision. Only rows recorded with the
  // precision Ledger Desk shows the currency in compare as the amounts on screen, so only they are asked for.
  if (field.kind === "major") {
    filters.push({ field: "precision", operator: "eq", value: 10n ** BigInt(decimals) });
  }
  const op = clause.op as BlnkFilter["operator"];
  if (clause.op === "between") filters.push({ field: field.column, operator: "between", values: amounts });
  else if (value !== undefined) filters.push({ field: field.column, operator: op, value });
  return filters;
}

function textFilters(column: string, field: FilterField, clause: FilterClause): BlnkFilter[] {
  const values = clause.values.map((value) => {
    const trimmed = value.trim();
    if (field.upperCase || field.kind === "choice") {
      return field.choices?.includes(trimmed.toLowerCase()) ? trimmed.toLowerCase() : trimmed.toUpperCase();
    }
    return trimmed;
  });
  const [value = ""] = values;
  switch (clause.op) {
    case "exists":
      return [{ field: column, operator: "isnotnull" }];
    case "contains":
      return [{ field: column, operator: "ilike", value: containsLike(value) }];
    case "in":
    case "between":
      return [{ field: column, operator: clause.op, values }];
    default:
      return [{ field: column, operator: clause.op, value }];
  }
}

/** Core filters for valid clauses (a clause that does not hold is left out: parseFilters said why). */
export function toBlnkFilters(
  table: FilterTable,
  clauses: readonly FilterClause[],
  precision: PrecisionTable,
): BlnkFilter[] {
  const filters: BlnkFilter[] = [];
  for (const clause of clauses) {
    const field = fieldOf(table, clause.field);
    if (!field || clauseProblem(table, clause, precision)) continue;
    if (field.kind === "amount" || field.kind === "major")
      filters.push(...amountFilters(field, clause, precision));
    else if (field.kind === "date") filters.push(...dateFilters(field.column, clause));
    else {
      const column = field.kind === "meta" ? `meta_data.${metaKeyOf(clause.field)}` : field.column;
      filters.push(...textFilters(column, field, clause));
    }
  }
  // An amount's currency and a currency filter often say the same thing: ask Core once.
  const seen = new Set<string>();
  return filters.filter((filter) => {
    const key = JSON.stringify([
      filter.field,
      filter.operator,
      String(filter.value),
      filter.values?.map(String),
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
