import type { PrecisionTable } from "@/lib/money";
import { arity, clauseProblem, type FilterClause, fieldOf, MAX_CLAUSES } from "./clauses";
import { type FilterOp, type FilterTable, OPERATOR_LABELS } from "./fields";
import { FILTER_PREFIX, sameFilterText } from "./query-text";

export { FILTER_PREFIX, filterParamsOf, MAX_FILTERS_TEXT, sameFilterText, searchEntries } from "./query-text";

// Filters in the URL, one parameter each: `f.<field>.<op>=<value>`. "In list" and "Between range" values are
// comma-separated, an amount ends with its currency (`f.balance.gt=1000 USD`), "Key exists" has no value.
// The one parser for the server (page props, server-action input, saved views) and the browser (chips, panel).

const OPS = Object.keys(OPERATOR_LABELS) as FilterOp[];
const isOp = (text: string): text is FilterOp => (OPS as string[]).includes(text);

export type ParsedFilters = {
  clauses: FilterClause[];
  /** Filters that were left out, each with why (a hand-edited or outdated link). */
  notices: string[];
};

function splitValues(op: FilterOp, text: string): string[] {
  const shape = arity(op);
  if (shape === "none") return [];
  if (shape === "one") return [text];
  return text.split(",").map((value) => value.trim());
}

/** `1000 USD` → the amount and its currency; `0` alone has none. */
function splitCurrency(text: string): { amounts: string; currency?: string } {
  const match = /^(.*\S)\s+([A-Za-z][A-Za-z0-9_-]*)$/.exec(text.trim());
  return match?.[1] && match[2] ? { amounts: match[1], currency: match[2].toUpperCase() } : { amounts: text };
}

const isAmountField = (table: FilterTable, field: string) => {
  const kind = fieldOf(table, field)?.kind;
  return kind === "amount" || kind === "major";
};

/** One URL parameter as a clause, or null when its name is not a filter's. */
export function clauseFromParam(
  table: FilterTable,
  name: string,
  text: string,
): FilterClause | string | null {
  if (!name.startsWith(FILTER_PREFIX)) return null;
  const rest = name.slice(FILTER_PREFIX.length);
  const dot = rest.lastIndexOf(".");
  const field = dot > 0 ? rest.slice(0, dot) : rest;
  const op = dot > 0 ? rest.slice(dot + 1) : "";
  if (!isOp(op)) return `Ignored the filter "${shorten(name)}": "${shorten(op)}" is not an operator.`;
  if (isAmountField(table, field) && arity(op) !== "none") {
    const { amounts, currency } = splitCurrency(text);
    return { field, op, values: splitValues(op, amounts), ...(currency ? { currency } : {}) };
  }
  return { field, op, values: splitValues(op, text) };
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Every `f.` parameter of a URL query, checked: the clauses that hold, and a notice for each that does not. */
export function parseFilters(
  table: FilterTable,
  params: URLSearchParams | Iterable<[string, string]>,
  precision: PrecisionTable,
): ParsedFilters {
  const clauses: FilterClause[] = [];
  const notices: string[] = [];
  for (const [name, text] of params) {
    const clause = clauseFromParam(table, name, text);
    if (clause === null) continue;
    if (typeof clause === "string") {
      notices.push(clause);
      continue;
    }
    const problem = clauseProblem(table, clause, precision);
    if (problem) notices.push(`Ignored the filter "${shorten(name)}": ${problem}`);
    else if (clauses.length >= MAX_CLAUSES) notices.push(`Only the first ${MAX_CLAUSES} filters are used.`);
    else clauses.push(clause);
  }
  return { clauses, notices };
}

/** A clause as its URL parameter. */
export function clauseParam(clause: FilterClause): [string, string] {
  const name = `${FILTER_PREFIX}${clause.field}.${clause.op}`;
  const values = clause.values.map((value) => value.trim()).join(",");
  return [name, clause.currency ? `${values} ${clause.currency}` : values];
}

/** The clauses as a query string (no `?`), in their order; "" when there are none. */
export function filtersSearch(clauses: readonly FilterClause[]): string {
  return new URLSearchParams(clauses.map(clauseParam)).toString();
}

/** Two clause lists are the same filters (order aside). */
export function sameFilters(a: readonly FilterClause[], b: readonly FilterClause[]): boolean {
  return sameFilterText(filtersSearch(a), filtersSearch(b));
}

/**
 * The same page with other filters: back to page 1, everything else (owner, ledger, search, saved view) kept.
 * Removing a saved view's last filter leaves the view, since its link alone would bring the filters back.
 */
export function filterHref(
  pathname: string,
  current: Iterable<[string, string]>,
  clauses: readonly FilterClause[],
): string {
  const params = new URLSearchParams(
    [...current].filter(([name]) => !name.startsWith(FILTER_PREFIX) && name !== "page"),
  );
  if (clauses.length === 0) params.delete("view");
  for (const clause of clauses) params.append(...clauseParam(clause));
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}
