// Balance rows → Core's JSON (model.Balance, blnk-api.md §4.2). Keys are written in Go struct order, and which
// fields carry real values depends on the endpoint, because each Core query selects different columns.
import { formatTime } from "../storage/context";

export const ZERO_TIME = "0001-01-01T00:00:00Z";

/** The columns Core's list and filter queries select (no version, lineage flag or strategy). */
export const LIST_COLUMNS =
  "balance_id, indicator, balance, credit_balance, debit_balance, inflight_balance, inflight_credit_balance, " +
  "inflight_debit_balance, currency, ledger_id, identity_id, created_at, meta_data";

/** Every balance column, for GET by id and by indicator. */
export const FULL_COLUMNS = `${LIST_COLUMNS}, version, track_fund_lineage, allocation_strategy`;

/** A balance's six amount columns, in Core's column order. */
export type AmountColumns = {
  balance: bigint;
  credit_balance: bigint;
  debit_balance: bigint;
  inflight_balance: bigint;
  inflight_credit_balance: bigint;
  inflight_debit_balance: bigint;
};

/** The amounts of a balance nothing has moved yet. */
export const ZERO_AMOUNTS: AmountColumns = {
  balance: 0n,
  credit_balance: 0n,
  debit_balance: 0n,
  inflight_balance: 0n,
  inflight_credit_balance: 0n,
  inflight_debit_balance: 0n,
};

export type ListRow = AmountColumns & {
  balance_id: string;
  indicator: string | null;
  currency: string;
  ledger_id: string;
  identity_id: string | null;
  created_at: Date;
  meta_data: unknown;
};

export type FullRow = ListRow & { version: number; track_fund_lineage: boolean; allocation_strategy: string };

export type BalanceExtras = {
  version: number;
  /** null leaves `track_fund_lineage: false` and omits `allocation_strategy`, as list rows do. */
  lineage: { track: boolean; strategy: string } | null;
  metaData: unknown;
  queued?: { debit: bigint; credit: bigint };
  identity?: Record<string, unknown>;
  ledger?: Record<string, unknown>;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Go marshals `map[string]interface{}` with keys sorted bytewise at every level, so `meta_data` never keeps
 * the order it was sent in (nor jsonb's storage order).
 */
export function goMapOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(goMapOrder);
  if (!isPlainObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(byteOrder)) sorted[key] = goMapOrder(value[key]);
  return sorted;
}

export function balanceJson(row: ListRow, extras: BalanceExtras): Record<string, unknown> {
  const out: Record<string, unknown> = {
    balance: row.balance,
    version: extras.version,
    inflight_balance: row.inflight_balance,
    credit_balance: row.credit_balance,
    inflight_credit_balance: row.inflight_credit_balance,
    debit_balance: row.debit_balance,
    inflight_debit_balance: row.inflight_debit_balance,
  };
  if (extras.queued) {
    out.queued_debit_balance = extras.queued.debit;
    out.queued_credit_balance = extras.queued.credit;
  }
  out.ledger_id = row.ledger_id;
  out.identity_id = row.identity_id ?? "";
  out.balance_id = row.balance_id;
  if (row.indicator) out.indicator = row.indicator;
  out.currency = row.currency;
  if (extras.identity) out.identity = extras.identity;
  if (extras.ledger) out.ledger = extras.ledger;
  out.created_at = formatTime(row.created_at);
  out.inflight_expires_at = ZERO_TIME;
  out.meta_data = goMapOrder(extras.metaData ?? null);
  out.track_fund_lineage = extras.lineage?.track ?? false;
  if (extras.lineage?.strategy) out.allocation_strategy = extras.lineage.strategy;
  return out;
}

/** A row as `GET /balances` and `POST /balances/filter` return it. */
export const listRowJson = (row: ListRow) =>
  balanceJson(row, { version: 0, lineage: null, metaData: row.meta_data });

/** A row as `GET /balances/:id` returns it. */
export const fullRowJson = (row: FullRow, extras: Partial<BalanceExtras> = {}) =>
  balanceJson(row, {
    version: row.version,
    lineage: { track: row.track_fund_lineage, strategy: row.allocation_strategy },
    metaData: row.meta_data,
    ...extras,
  });

export type IdentityRow = {
  identity_id: string;
  first_name: string;
  organization_name: string;
  category: string;
  last_name: string;
  other_names: string;
  gender: string;
  dob: Date | null;
  email_address: string;
  phone_number: string;
  nationality: string;
  street: string;
  country: string;
  state: string;
  post_code: string;
  city: string;
  created_at: Date;
};

/** The identity columns Core's `include=identity` join selects (no identity_type, no meta_data). */
export const INCLUDED_IDENTITY_COLUMNS =
  "identity_id, first_name, organization_name, category, last_name, other_names, gender, dob, email_address, " +
  "phone_number, nationality, street, country, state, post_code, city, created_at";

/** The nested identity: full model.Identity order, with the unselected fields at their Go zero values. */
export function includedIdentityJson(row: IdentityRow): Record<string, unknown> {
  return {
    identity_id: row.identity_id,
    identity_type: "",
    organization_name: row.organization_name,
    category: row.category,
    first_name: row.first_name,
    last_name: row.last_name,
    other_names: row.other_names,
    gender: row.gender,
    email_address: row.email_address,
    phone_number: row.phone_number,
    nationality: row.nationality,
    street: row.street,
    country: row.country,
    state: row.state,
    post_code: row.post_code,
    city: row.city,
    dob: formatTime(row.dob),
    created_at: formatTime(row.created_at),
    meta_data: null,
  };
}

export type LedgerRow = { ledger_id: string; name: string | null; created_at: Date };

/** The nested ledger: Core selects only id, name and created_at, so meta_data is Go's nil map. */
export const includedLedgerJson = (row: LedgerRow) => ({
  ledger_id: row.ledger_id,
  name: row.name ?? "",
  created_at: formatTime(row.created_at),
  meta_data: null,
});
