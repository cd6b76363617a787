import type { AuditFilters } from "@/lib/audit/store";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

// The audit page's filters, kept in the URL (`/audit?who=…&action=…&record=…&from=2026-12-01&to=…&page=2`).

export const AUDIT_PAGE_SIZE = 50;

/** The actions the log holds, in the words the filter offers. */
export const AUDIT_ACTIONS: Record<string, string> = {
  "balance.create": "Create balance",
  "user.create": "Add user",
  "user.role_change": "Change role",
  "auth.sign_in": "Sign in",
  "auth.sign_in_failed": "Failed sign-in",
  "auth.sign_in_locked": "Sign-in while locked",
  "auth.sign_out": "Sign out",
  "audit.export": "Export the audit log",
  "statement.view": "View a statement",
  "export.balances": "Export balances",
  "export.transactions": "Export transactions",
  "export.identities": "Export identities",
  "export.ledgers": "Export ledgers",
  "export.balance-transactions": "Export a balance's transactions",
  "export.statement": "Export a statement",
  "export.audit": "Export the audit log (with progress)",
};

export type AuditQuery = {
  who: string;
  action: string;
  record: string;
  from: string;
  to: string;
  page: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (params: RawSearchParams, key: string, max = 200) =>
  (firstParam(params, key) ?? "").trim().slice(0, max);
const day = (params: RawSearchParams, key: string) => {
  const value = text(params, key, 10);
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : "";
};

export function parseAuditQuery(params: RawSearchParams): AuditQuery {
  const page = Number(firstParam(params, "page"));
  const action = text(params, "action", 60);
  return {
    who: text(params, "who"),
    action: action in AUDIT_ACTIONS ? action : "",
    record: text(params, "record"),
    from: day(params, "from"),
    to: day(params, "to"),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The store's filters: a period is whole UTC days, `to` included. */
export function auditFilters(query: AuditQuery): AuditFilters {
  const filters: AuditFilters = {};
  if (query.who) filters.actor = query.who;
  if (query.action) filters.action = query.action;
  if (query.record) filters.recordId = query.record;
  if (query.from) filters.from = Date.parse(`${query.from}T00:00:00Z`);
  if (query.to) filters.to = Date.parse(`${query.to}T00:00:00Z`) + 86_400_000 - 1;
  return filters;
}

/** The export of what the page shows (every page of it), up to entry `through`, or its manifest. */
export function auditExportHref(
  query: AuditQuery,
  format: "csv" | "jsonl",
  through: number,
  manifest = false,
): string {
  const params = new URLSearchParams({ format, through: String(through) });
  for (const key of ["who", "action", "record", "from", "to"] as const)
    if (query[key]) params.set(key, query[key]);
  if (manifest) params.set("manifest", "1");
  return `/audit/export?${params}`;
}

/** The page's URL with `changes` applied; empty values are left out. */
export function auditHref(query: AuditQuery, changes: Partial<AuditQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of ["who", "action", "record", "from", "to"] as const)
    if (next[key]) params.set(key, next[key]);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/audit?${search}` : "/audit";
}
