import { type FilterClause, fieldOf, metaKeyOf } from "./clauses";
import { type FilterTable, OPERATOR_SYMBOLS } from "./fields";
import { sameFilters } from "./url";

// Quick views (product.md §11): tabs that are each just a named filter, so they compose with other filters.

export type QuickView = { id: string; label: string; clauses: FilterClause[] };

export const QUICK_VIEWS: Partial<Record<FilterTable, readonly QuickView[]>> = {
  balances: [
    { id: "all", label: "All", clauses: [] },
    {
      id: "internal",
      label: "Internal balances",
      clauses: [{ field: "indicator", op: "contains", values: ["@%"] }],
    },
    {
      id: "inflight",
      label: "Pending inflight",
      clauses: [{ field: "inflight_balance", op: "ne", values: ["0"] }],
    },
    { id: "negative", label: "Negative", clauses: [{ field: "balance", op: "lt", values: ["0"] }] },
  ],
  transactions: [
    { id: "all", label: "All", clauses: [] },
    { id: "inflight", label: "Inflight", clauses: [{ field: "status", op: "eq", values: ["INFLIGHT"] }] },
    { id: "rejected", label: "Rejected", clauses: [{ field: "status", op: "eq", values: ["REJECTED"] }] },
  ],
};

const quickClauses = (table: FilterTable) => (QUICK_VIEWS[table] ?? []).flatMap((view) => view.clauses);
const isQuickClause = (table: FilterTable, clause: FilterClause) =>
  quickClauses(table).some((quick) => sameFilters([quick], [clause]));

/** The quick view the clauses are in: the one whose filter is present ("All" when none is). */
export function activeQuickView(table: FilterTable, clauses: readonly FilterClause[]): string {
  const views = QUICK_VIEWS[table] ?? [];
  const found = views.find(
    (view) =>
      view.clauses.length > 0 && view.clauses.every((q) => clauses.some((c) => sameFilters([q], [c]))),
  );
  return found?.id ?? "all";
}

/** The clauses with `viewId`'s filter in place of any other quick view's; the person's own filters stay. */
export function withQuickView(
  table: FilterTable,
  clauses: readonly FilterClause[],
  viewId: string,
): FilterClause[] {
  const own = clauses.filter((clause) => !isQuickClause(table, clause));
  const view = (QUICK_VIEWS[table] ?? []).find((candidate) => candidate.id === viewId);
  return [...(view?.clauses ?? []), ...own];
}

/** A chip's words: "Balance > 1000 USD", "meta_data.tier is gold", "Status in APPLIED, VOID". */
export function clauseLabel(table: FilterTable, clause: FilterClause): string {
  const field = fieldOf(table, clause.field);
  const name =
    field?.kind === "meta" ? `meta_data.${metaKeyOf(clause.field)}` : (field?.label ?? clause.field);
  const values =
    clause.op === "between" ? clause.values.join(" – ") : clause.values.join(clause.op === "in" ? ", " : "");
  const currency = clause.currency ? ` ${clause.currency}` : "";
  return `${name} ${OPERATOR_SYMBOLS[clause.op]}${values ? ` ${values}` : ""}${currency}`;
}
