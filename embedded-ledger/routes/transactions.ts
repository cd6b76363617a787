// Transactions routes (blnk-api.md §5.4). Writes are synchronous, as Core with `skip_queue: true`; under a
// LEDGER_CORE_PROFILE a create without it goes through Core's queue (posting/queued.ts).

import { answerFilterRequest, parseQueryFilters, runFilter } from "../filters";
import { CoreError, malformed, notFound } from "../http/errors";
import type { CoreProfile } from "../http/profile";
import { type LedgerApp, type Request, reply } from "../http/request";
import { handle } from "../http/server";
import { TRANSACTIONS_FILTER } from "../models/transaction-filter";
import { commitInflight, voidInflight } from "../posting/inflight";
import { parseInflightUpdate, parseRecordTransaction, unsupported } from "../posting/input";
import { recordQueuedIn } from "../posting/queued";
import { recordTransaction } from "../posting/record";
import { TRANSACTION_COLUMNS, type TransactionRow, transactionJson } from "../posting/transaction-json";
import type { LedgerContext } from "../storage/context";

// With query filters Core caps the page at 1000; without them it has no maximum.
const FILTERED_LIMIT_MAX = 1000;

function whole(text: string | null, fallback: number, minimum: number): number {
  if (text === null || !/^[+-]?\d+$/.test(text)) return fallback;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= minimum ? value : fallback;
}

/** GET by ID or by reference: the one row, or Core's 404 naming what was asked for. */
async function getOne(ctx: LedgerContext, column: "transaction_id" | "reference", value: string) {
  const result = await ctx.db.query<TransactionRow>(
    `SELECT ${TRANSACTION_COLUMNS} FROM transactions WHERE ${column} = $1`,
    [value],
  );
  const row = result.rows[0];
  const asked = column === "reference" ? "reference" : "ID";
  if (!row) throw notFound("TXN_NOT_FOUND", `Transaction with ${asked} '${value}' not found`);
  return reply(200, transactionJson(row));
}

function recordBody(request: Request): unknown {
  try {
    return request.json();
  } catch {
    // Core answers every bind failure on this route with the same fixed message.
    throw malformed("Invalid input");
  }
}

async function createTransaction(ctx: LedgerContext, request: Request) {
  const { input, echo } = parseRecordTransaction(recordBody(request));
  const row =
    ctx.profile.queuedPairs && !echo.skipQueue
      ? await ctx.transaction((tx) => recordQueuedIn(tx, input))
      : await recordTransaction(ctx, input);
  return reply(201, transactionJson(row, echo));
}

async function listTransactions(ctx: LedgerContext, request: Request) {
  // Core coerces a bad limit to 20 and a bad offset to 0.
  const limit = whole(request.query.get("limit"), 20, 1);
  const offset = whole(request.query.get("offset"), 0, 0);
  const { filters, logicalOperator } = parseQueryFilters(request.query, TRANSACTIONS_FILTER);
  const pageLimit = filters.length > 0 ? Math.min(limit, FILTERED_LIMIT_MAX) : limit;
  const query = { filters, logicalOperator, limit: pageLimit, offset };
  const { rows } = await runFilter<TransactionRow>(
    ctx.db,
    TRANSACTIONS_FILTER,
    query,
    TRANSACTION_COLUMNS,
    "transaction_id",
  );
  // With query filters Core runs the same query as /filter (GetAllTransactionsWithFilter), quirks included.
  const asProfile = (row: TransactionRow) =>
    filters.length > 0 ? filterRowAsProfile(row, ctx.profile) : row;
  return reply(
    200,
    rows.map((row) => transactionJson(asProfile(row))),
  );
}

/** A `/transactions/filter` row with the columns the profile's Core did not select left at Go's zero value. */
function filterRowAsProfile(row: TransactionRow, profile: CoreProfile): TransactionRow {
  if (!profile.filterOmitsParent && !profile.filterOmitsPrecision) return row;
  return {
    ...row,
    parent_transaction: profile.filterOmitsParent ? "" : row.parent_transaction,
    precision: profile.filterOmitsPrecision ? 0 : row.precision,
  };
}

async function filterTransactions(ctx: LedgerContext, request: Request) {
  const answer = await answerFilterRequest<TransactionRow>(ctx.db, request, {
    spec: TRANSACTIONS_FILTER,
    columns: TRANSACTION_COLUMNS,
    orderTiebreak: "transaction_id",
    toJson: (row) => transactionJson(filterRowAsProfile(row, ctx.profile)),
    nullWhenEmpty: false,
  });
  return reply(200, answer);
}

async function updateInflight(ctx: LedgerContext, request: Request) {
  const id = request.params.txID ?? "";
  const { status, amount, preciseAmount, dryRun } = parseInflightUpdate(request.json());
  if (status !== "commit" && status !== "void") {
    throw new CoreError(400, "TXN_INVALID_STATUS_ACTION", "status not supported. use either commit or void");
  }
  if (preciseAmount !== null && preciseAmount <= 0n) {
    throw new CoreError(400, "TXN_INVALID_AMOUNT", "precise_amount must be positive");
  }
  if (dryRun) throw unsupported("dry_run");
  // A void always releases the whole remaining hold; Core ignores any amount sent with it.
  const row =
    status === "commit"
      ? await commitInflight(ctx, id, { preciseAmount, amount })
      : await voidInflight(ctx, id);
  return reply(200, transactionJson(row));
}

export function registerTransactionsRoutes(app: LedgerApp, ctx: LedgerContext) {
  app.post(
    "/transactions",
    handle((request) => createTransaction(ctx, request)),
  );

  app.get(
    "/transactions",
    handle((request) => listTransactions(ctx, request)),
  );

  app.post(
    "/transactions/filter",
    handle((request) => filterTransactions(ctx, request)),
  );

  app.get(
    "/transactions/reference/:reference",
    handle((request) => getOne(ctx, "reference", request.params.reference ?? "")),
  );

  app.put(
    "/transactions/inflight/:txID",
    handle((request) => updateInflight(ctx, request)),
  );

  app.get(
    "/transactions/:id",
    handle((request) => getOne(ctx, "transaction_id", request.params.id ?? "")),
  );
}
