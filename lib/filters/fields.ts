// The fields each table can be filtered on (product.md §11), with the operators that fit each kind, and the
// Core filter field each one becomes. Browser-safe: no zod, no server code, so the panel's chunk stays small.

export type FilterTable = "balances" | "transactions" | "identities" | "ledgers";
export const FILTER_TABLES: readonly FilterTable[] = ["balances", "transactions", "identities", "ledgers"];

export type FilterOp = "eq" | "ne" | "in" | "contains" | "gt" | "lt" | "gte" | "lte" | "between" | "exists";

export const OPERATOR_LABELS: Record<FilterOp, string> = {
  eq: "Exactly matches",
  ne: "Does not match",
  in: "In list",
  contains: "Contains pattern",
  gt: "Greater than",
  lt: "Less than",
  gte: "Greater than or equal to",
  lte: "Less than or equal to",
  between: "Between range",
  exists: "Key exists",
};

/** Short forms for the chips: "Balance > 1,000 USD". */
export const OPERATOR_SYMBOLS: Record<FilterOp, string> = {
  eq: "is",
  ne: "is not",
  in: "in",
  contains: "contains",
  gt: ">",
  lt: "<",
  gte: "≥",
  lte: "≤",
  between: "between",
  exists: "exists",
};

/**
 * text: free text (contains is a case-insensitive LIKE); id: a record ID; choice: one of `choices`;
 * amount: major units of a currency given with it; major: major units, Core compares its float `amount`
 * column; date: a day or an ISO time; meta: `meta_data.<key>`.
 */
export type FieldKind = "text" | "id" | "choice" | "amount" | "major" | "date" | "meta";

const OPS_BY_KIND: Record<FieldKind, readonly FilterOp[]> = {
  text: ["eq", "ne", "in", "contains"],
  id: ["eq", "ne", "in"],
  choice: ["eq", "ne", "in"],
  amount: ["gt", "lt", "gte", "lte", "between", "eq", "ne"],
  major: ["gt", "lt", "gte", "lte", "between", "eq", "ne"],
  date: ["gt", "lt", "gte", "lte", "between"],
  meta: ["eq", "ne", "in", "contains", "gt", "lt", "gte", "lte", "between", "exists"],
};

export type FilterField = {
  /** The name in the URL (`f.<key>.<op>`); for metadata, "meta_data" (the key follows: meta_data.tier). */
  key: string;
  label: string;
  kind: FieldKind;
  /** Core's field name for POST /…/filter. */
  column: string;
  choices?: readonly string[];
  /** Upper-cases values before comparing (currency codes). */
  upperCase?: boolean;
  placeholder?: string;
};

const TRANSACTION_STATUSES = ["APPLIED", "INFLIGHT", "VOID", "REJECTED", "SCHEDULED", "QUEUED"] as const;

const meta: FilterField = { key: "meta_data", label: "Metadata", kind: "meta", column: "meta_data" };
const createdAt: FilterField = { key: "created_at", label: "Created at", kind: "date", column: "created_at" };
const currency: FilterField = {
  key: "currency",
  label: "Currency",
  kind: "text",
  column: "currency",
  upperCase: true,
  placeholder: "USD",
};
const amount = (key: string, label: string): FilterField => ({ key, label, kind: "amount", column: key });

export const FILTER_FIELDS: Record<FilterTable, readonly FilterField[]> = {
  balances: [
    currency,
    amount("balance", "Balance"),
    amount("inflight_balance", "Inflight balance"),
    amount("credit_balance", "Credit balance"),
    amount("debit_balance", "Debit balance"),
    { key: "ledger", label: "Ledger", kind: "id", column: "ledger_id", placeholder: "ldg_…" },
    { key: "owner", label: "Owner", kind: "id", column: "identity_id", placeholder: "idt_…" },
    { key: "indicator", label: "Indicator", kind: "text", column: "indicator", placeholder: "@World" },
    createdAt,
    meta,
  ],
  transactions: [
    currency,
    { key: "amount", label: "Amount", kind: "major", column: "amount" },
    { key: "status", label: "Status", kind: "choice", column: "status", choices: TRANSACTION_STATUSES },
    { key: "source", label: "Source", kind: "id", column: "source", placeholder: "bln_…" },
    { key: "destination", label: "Destination", kind: "id", column: "destination", placeholder: "bln_…" },
    { key: "reference", label: "Reference", kind: "text", column: "reference" },
    { key: "description", label: "Description", kind: "text", column: "description" },
    { key: "effective_date", label: "Effective date", kind: "date", column: "effective_date" },
    createdAt,
    meta,
  ],
  identities: [
    {
      key: "type",
      label: "Type",
      kind: "choice",
      column: "identity_type",
      choices: ["individual", "organization"],
    },
    { key: "first_name", label: "First name", kind: "text", column: "first_name" },
    { key: "last_name", label: "Last name", kind: "text", column: "last_name" },
    { key: "organization_name", label: "Organization name", kind: "text", column: "organization_name" },
    { key: "email", label: "Email", kind: "text", column: "email_address" },
    { key: "country", label: "Country", kind: "text", column: "country", placeholder: "NG" },
    createdAt,
    meta,
  ],
  ledgers: [{ key: "name", label: "Name", kind: "text", column: "name" }, createdAt, meta],
};

export function operatorsFor(field: FilterField): readonly FilterOp[] {
  return OPS_BY_KIND[field.kind];
}

export function findField(table: FilterTable, key: string): FilterField | undefined {
  return FILTER_FIELDS[table].find((field) => field.key === key);
}

/** Core's rule for a metadata key (internal/filter/validation.go: jsonKeyRegex). */
export const META_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

export const isFilterTable = (value: string): value is FilterTable =>
  (FILTER_TABLES as readonly string[]).includes(value);
