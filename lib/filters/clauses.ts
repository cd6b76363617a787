import type { PrecisionTable } from "@/lib/money";
import { parseMajorUnits } from "@/lib/money/parse";
import {
  type FilterField,
  type FilterOp,
  type FilterTable,
  findField,
  META_KEY,
  operatorsFor,
} from "./fields";

// One filter as a person set it: a field, an operator and the values as typed (amounts in major units, with
// their currency). Checked here, the same way in the panel and on the server, before anything reaches Blnk.

export type FilterClause = {
  /** A field key of the table, or `meta_data.<key>`. */
  field: string;
  op: FilterOp;
  /** One value; two for "Between range"; one or more for "In list"; none for "Key exists". */
  values: string[];
  /** Amount fields: the currency the amounts are in (optional only when every amount is 0). */
  currency?: string;
};

export const MAX_VALUE_LENGTH = 200;
export const MAX_LIST_VALUES = 50;
export const MAX_CLAUSES = 20;

/** The table's field for a clause's field name (`meta_data.tier` → the metadata field). */
export function fieldOf(table: FilterTable, name: string): FilterField | undefined {
  if (name.startsWith("meta_data.")) return findField(table, "meta_data");
  return findField(table, name);
}

export const metaKeyOf = (name: string) => name.slice("meta_data.".length);

export function arity(op: FilterOp): "none" | "one" | "two" | "many" {
  if (op === "exists") return "none";
  if (op === "between") return "two";
  if (op === "in") return "many";
  return "one";
}

/** A typed amount in major units as exact minor units; zero and negative amounts are allowed in a filter. */
export function parseFilterAmount(
  text: string,
  decimals: number,
  currency: string,
): { ok: true; minor: bigint } | { ok: false; error: string } {
  const trimmed = text.trim();
  const negative = trimmed.startsWith("-");
  const magnitude = negative ? trimmed.slice(1) : trimmed;
  if (/^0*(\.0*)?$/.test(magnitude) && /\d/.test(magnitude)) return { ok: true, minor: 0n };
  const parsed = parseMajorUnits(magnitude, { decimals, currency: currency || "This currency" });
  if (!parsed.ok) return parsed;
  return { ok: true, minor: negative ? -parsed.minor : parsed.minor };
}

/** Decimals of a currency for a filter: unknown currencies are compared in raw minor units, as shown. */
export function decimalsOf(currency: string | undefined, table: PrecisionTable): number {
  return currency ? (table.lookup(currency)?.decimals ?? 0) : 0;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day (`2026-01-31`) or an ISO time with a zone; null when it is neither. */
export function parseFilterDate(text: string): Date | null {
  const trimmed = text.trim();
  if (!DAY.test(trimmed) && !/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return null;
  const date = new Date(DAY.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed);
  if (Number.isNaN(date.getTime())) return null;
  // 2026-02-31 rolls over to March in Date: refuse it instead.
  if (DAY.test(trimmed) && date.toISOString().slice(0, 10) !== trimmed) return null;
  return date;
}

function checkValues(field: FilterField, clause: FilterClause, precision: PrecisionTable): string | null {
  const { values } = clause;
  if (field.kind === "choice") {
    const bad = values.find(
      (value) =>
        !field.choices?.includes(value.trim().toUpperCase()) &&
        !field.choices?.includes(value.trim().toLowerCase()),
    );
    if (bad !== undefined) return `${field.label} is one of ${field.choices?.join(", ")}.`;
  }
  if (field.kind === "amount" || field.kind === "major") {
    const currency = clause.currency?.trim() ?? "";
    const decimals = decimalsOf(currency, precision);
    const amounts: bigint[] = [];
    for (const value of values) {
      const parsed = parseFilterAmount(value, decimals, currency.toUpperCase());
      if (!parsed.ok) return parsed.error;
      amounts.push(parsed.minor);
    }
    if (!currency && amounts.some((minor) => minor !== 0n)) {
      return "Choose the currency the amount is in.";
    }
    if (currency && !/^[A-Za-z0-9_-]{1,16}$/.test(currency)) return "The currency is not a currency code.";
    if (
      clause.op === "between" &&
      amounts[0] !== undefined &&
      amounts[1] !== undefined &&
      amounts[0] > amounts[1]
    ) {
      return "The range starts after it ends: put the smaller amount first.";
    }
  }
  // Core casts the metadata key's text to numeric for a range, so a value that is not a number fails it.
  if (field.kind === "meta" && ["gt", "lt", "gte", "lte", "between"].includes(clause.op)) {
    if (values.some((value) => !/^-?\d+(\.\d+)?$/.test(value.trim()))) {
      return "A metadata range compares numbers: enter digits, e.g. 10 or 2.5.";
    }
  }
  if (field.kind === "date") {
    const dates = values.map(parseFilterDate);
    if (dates.some((date) => date === null)) return "Enter a date as YYYY-MM-DD, e.g. 2026-01-31.";
    if (clause.op === "between" && (dates[0]?.getTime() ?? 0) > (dates[1]?.getTime() ?? 0)) {
      return "The range starts after it ends: put the earlier date first.";
    }
  }
  return null;
}

/** Why a clause cannot be applied, in words for the panel; null when it can. */
export function clauseProblem(
  table: FilterTable,
  clause: FilterClause,
  precision: PrecisionTable,
): string | null {
  const field = fieldOf(table, clause.field);
  if (!field) return `There is no field "${clause.field.slice(0, 60)}" to filter ${table} on.`;
  if (field.kind === "meta" && !META_KEY.test(metaKeyOf(clause.field))) {
    return "A metadata key starts with a letter and has only letters, digits and _.";
  }
  if (!operatorsFor(field).includes(clause.op)) return `${field.label} cannot be filtered that way.`;
  const { values } = clause;
  const shape = arity(clause.op);
  if (shape === "none") return null;
  if (values.some((value) => value.length > MAX_VALUE_LENGTH)) {
    return `A filter value is at most ${MAX_VALUE_LENGTH} characters.`;
  }
  if (values.length === 0 || values.some((value) => value.trim() === "")) return "Enter a value.";
  if (shape === "one" && values.length !== 1) return "Enter one value.";
  if (shape === "two" && values.length !== 2) return "Enter both ends of the range.";
  if (shape === "many" && values.length > MAX_LIST_VALUES)
    return `A list has at most ${MAX_LIST_VALUES} values.`;
  return checkValues(field, clause, precision);
}
