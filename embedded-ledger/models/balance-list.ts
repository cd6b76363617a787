// GET /balances and POST /balances/filter (blnk api/balance.go `GetBalances`/`FilterBalances`, database/balance.go
// `GetAllBalances`/`GetAllBalancesWithFilterAndOptions`). Both return Core's list rows and `null` when empty.

import { answerFilterRequest, type FilterSpec, parseQueryFilters, runFilter } from "../filters";
import { CoreError } from "../http/errors";
import type { Request } from "../http/request";
import type { Queryable } from "../storage/db";
import { LIST_COLUMNS, type ListRow, listRowJson } from "./balance-json";

/** Core's filterable balance columns (blnk-api.md §6), plus `meta_data` and `meta_data.<key>`. */
export const BALANCE_FILTER_SPEC: FilterSpec = {
  table: "balances",
  fields: {
    balance_id: "text",
    ledger_id: "text",
    identity_id: "text",
    indicator: "text",
    currency: "text",
    balance: "numeric",
    credit_balance: "numeric",
    debit_balance: "numeric",
    inflight_balance: "numeric",
    inflight_credit_balance: "numeric",
    inflight_debit_balance: "numeric",
    created_at: "timestamp",
  },
  hasMetadata: true,
};

// With filters Core caps the page at 1000; without them there is no cap at all.
const FILTERED_LIMIT_CAP = 1000n;

const INT64_MAX = 9_223_372_036_854_775_807n;
const INT64_MIN = -9_223_372_036_854_775_808n;

/** Go's strconv.Atoi on a 64-bit build: optional sign, ASCII digits, int64 range; anything else is null. */
export function goAtoi(text: string): bigint | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const value = BigInt(text);
  return value > INT64_MAX || value < INT64_MIN ? null : value;
}

export type Page = { limit: bigint; offset: bigint };

/**
 * `?limit` (default 10, no maximum) and `?offset` (default 0). gin's DefaultQuery returns "" for `?limit=`,
 * which Atoi refuses, so a present-but-empty value is a 400 too.
 */
export function parsePage(query: URLSearchParams): Page {
  const limit = goAtoi(query.get("limit") ?? "10");
  if (limit === null || limit <= 0n) throw new CoreError(400, "GEN_VALIDATION_ERROR", "invalid limit value");
  const offset = goAtoi(query.get("offset") ?? "0");
  if (offset === null || offset < 0n)
    throw new CoreError(400, "GEN_VALIDATION_ERROR", "invalid offset value");
  return { limit, offset };
}

const rowsOrNull = (rows: ListRow[]) => (rows.length === 0 ? null : rows.map(listRowJson));

/** `GET /balances`: Core's list rows, newest first; `null` when the page is empty (Go's nil slice). */
export async function listBalances(db: Queryable, query: URLSearchParams): Promise<unknown> {
  const page = parsePage(query);
  const { filters, logicalOperator } = parseQueryFilters(query, BALANCE_FILTER_SPEC);
  if (filters.length > 0) {
    const limit = page.limit > FILTERED_LIMIT_CAP ? FILTERED_LIMIT_CAP : page.limit;
    // An offset past 2^53 rows can only yield an empty page; clamping keeps it an exact JS number.
    const offset =
      page.offset > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(page.offset);
    const { rows } = await runFilter<ListRow>(
      db,
      BALANCE_FILTER_SPEC,
      { filters, logicalOperator, limit: Number(limit), offset },
      LIST_COLUMNS,
      "balance_id",
    );
    return rowsOrNull(rows);
  }
  const result = await db.query<ListRow>(
    `SELECT ${LIST_COLUMNS} FROM balances
      ORDER BY created_at DESC, balance_id DESC
      LIMIT $1::bigint OFFSET $2::bigint`,
    [page.limit.toString(), page.offset.toString()],
  );
  return rowsOrNull(result.rows);
}

/** `POST /balances/filter`: a FilterRequest body; `{data, total_count}` with include_count. */
export async function filterBalances(db: Queryable, request: Request): Promise<unknown> {
  return answerFilterRequest<ListRow>(db, request, {
    spec: BALANCE_FILTER_SPEC,
    columns: LIST_COLUMNS,
    orderTiebreak: "balance_id",
    toJson: listRowJson,
    nullWhenEmpty: true,
  });
}
