// Transactions routes (blnk-api.md §5.4). Writes are synchronous, as Core with `skip_queue: true`; under a
// LEDGER_CORE_PROFILE a create without it goes through Core's queue (posting/queued.ts). `dry_run: true` answers
// Core's projection and writes nothing (posting/dry-run*.ts); refunds and bulk commit/void are in
// routes/transaction-writes.ts.

import { answerFilterRequest, parseQueryFilters, runFilter } from "../filters";
import { CoreError, malformed, notFound } from "../http/errors";
import { postgresEncodingProblem } from "../http/path";
import type { CoreProfile } from "../http/profile";
import { type LedgerApp, type Request, reply } from "../http/request";
import { addRoutes } from "../http/server";
import { TRANSACTIONS_FILTER } from "../models/transaction-filter";
import { READ_COLUMNS, type TransactionReadRow, transactionReadJson } from "../models/transaction-read";
import { previewTransaction } from "../posting/dry-run";
import { previewInflight, requestedAmount } from "../posting/dry-run-inflight";
import { commitInflight, voidInflight } from "../posting/inflight";
import { parseInflightUpdate } from "../posting/inflight-input";
import { parseRecordTransaction } from "../posting/input";
import { previewJson } from "../posting/preview-json";
import { recordQueuedIn } from "../posting/queued";
import { recordTransaction } from "../posting/record";
import { type TransactionRow, transactionJson } from "../posting/transaction-json";
import type { LedgerContext } from "../storage/context";
import { encodingErrorDetails } from "../storage/db";
import { registerTransactionWriteRoutes } from "./transaction-writes";

// With query filters Core caps the page at 1000 (database/transaction_filters.go:56-58); without them it has no
// maximum (database/transaction_queries.go:276-281).
const FILTERED_LIMIT_MAX = 1000;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go's strconv.Atoi on a 64-bit build: an optional sign and decimal digits within int64; else null. */
function goAtoi(text: string | null): bigint | null {
  if (text === null || !/^[+-]?\d+$/.test(text)) return null;
  const value = BigInt(text);
  return value >= INT64_MIN && value <= INT64_MAX ? value : null;
}

/** A page bound for SQL: past 2^53 rows there is nothing left to page, so the JS number may stop there. */
const sqlBound = (value: bigint) =>
  Number(value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : value);

/**
 * Core's answer when Postgres refuses a read's parameter (a NUL, bytes that are not UTF-8, a time it cannot
 * parse): the handler's APIError INTERNAL_SERVER_ERROR with the driver's error as details, so 500 GEN_INTERNAL
 * (database/transaction_queries.go:58-59, transaction_filters.go:111-113; api/errors.go:116-118).
 */
const readFailed = (message: string, details: Record<string, string>) =>
  new CoreError(500, "GEN_INTERNAL", message, "error", details);

/**
 * GET by ID or by reference (api/transactions.go:296-338): the one row with the columns that route's query
 * selects, or Core's 404 naming what was asked for (database/transaction_queries.go:54-56, :233-235).
 */
async function getOne(ctx: LedgerContext, request: Request, column: "transaction_id" | "reference") {
  const param = column === "reference" ? "reference" : "id";
  const value = request.params[param] ?? "";
  // Go hands the unescaped bytes to Postgres, which refuses a NUL or invalid UTF-8 before looking anything up.
  const problem = postgresEncodingProblem(request.paramBytes[param] ?? new Uint8Array());
  if (problem) throw readFailed("Failed to retrieve transaction", encodingErrorDetails(problem));
  const result = await ctx.db.query<TransactionReadRow>(
    `SELECT ${READ_COLUMNS} FROM transactions WHERE ${column} = $1`,
    [value],
  );
  const row = result.rows[0];
  const asked = column === "reference" ? "reference" : "ID";
  if (!row) throw notFound("TXN_NOT_FOUND", `Transaction with ${asked} '${value}' not found`);
  return reply(200, transactionReadJson(row, column === "reference" ? "reference" : "id"));
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
  const { profile } = ctx;
  const parsed = parseRecordTransaction(recordBody(request), {
    dryRun: profile.dryRun,
    strict: profile.strictTransactionValidation,
  });
  // A dry run is always an immediate 200, whatever skip_queue says (api/model/transaction.go:48-56).
  if (parsed.dryRun)
    return reply(200, previewJson(await ctx.transaction((tx) => previewTransaction(tx, parsed))));
  const { input, echo } = parsed;
  const row =
    ctx.profile.queuedPairs && !echo.skipQueue
      ? await ctx.transaction((tx) => recordQueuedIn(tx, input))
      : await recordTransaction(ctx, input);
  return reply(201, transactionJson(row, echo));
}

async function listTransactions(ctx: LedgerContext, request: Request) {
  // api/transactions.go:358-369: a limit that is not a positive int is 20, an offset that is not a
  // non-negative int is 0.
  const limit = goAtoi(request.query.get("limit") ?? "20");
  const offset = goAtoi(request.query.get("offset") ?? "0");
  const pageLimit = limit === null || limit <= 0n ? 20n : limit;
  const pageOffset = offset === null || offset < 0n ? 0n : offset;
  const { filters, logicalOperator } = parseQueryFilters(request.query, TRANSACTIONS_FILTER);
  const capped =
    filters.length > 0 && pageLimit > BigInt(FILTERED_LIMIT_MAX) ? BigInt(FILTERED_LIMIT_MAX) : pageLimit;
  const query = { filters, logicalOperator, limit: sqlBound(capped), offset: sqlBound(pageOffset) };
  const { rows } = await runFilter<TransactionReadRow>(
    ctx.db,
    TRANSACTIONS_FILTER,
    query,
    READ_COLUMNS,
    "transaction_id",
  );
  // With query filters Core runs the same query as /filter (GetAllTransactionsWithFilter), quirks included.
  const asProfile = (row: TransactionReadRow) =>
    filters.length > 0 ? filterRowAsProfile(row, ctx.profile) : row;
  return reply(
    200,
    rows.map((row) => transactionReadJson(asProfile(row), "list")),
  );
}

/** A `/transactions/filter` row with the columns the profile's Core did not select left at Go's zero value. */
function filterRowAsProfile<Row extends TransactionRow>(row: Row, profile: CoreProfile): Row {
  if (!profile.filterOmitsParent && !profile.filterOmitsPrecision) return row;
  return {
    ...row,
    parent_transaction: profile.filterOmitsParent ? "" : row.parent_transaction,
    precision: profile.filterOmitsPrecision ? 0 : row.precision,
  };
}

async function filterTransactions(ctx: LedgerContext, request: Request) {
  const answer = await answerFilterRequest<TransactionReadRow>(ctx.db, request, {
    spec: TRANSACTIONS_FILTER,
    columns: READ_COLUMNS,
    orderTiebreak: "transaction_id",
    toJson: (row) => transactionReadJson(filterRowAsProfile(row, ctx.profile), "list"),
    nullWhenEmpty: false,
  });
  return reply(200, answer);
}

async function updateInflight(ctx: LedgerContext, request: Request) {
  const id = request.params.txID ?? "";
  const { status, amount, preciseAmount, dryRun } = parseInflightUpdate(request.json(), {
    dryRun: ctx.profile.dryRun,
  });
  if (status !== "commit" && status !== "void") {
    throw new CoreError(400, "TXN_INVALID_STATUS_ACTION", "status not supported. use either commit or void");
  }
  if (preciseAmount !== null && preciseAmount <= 0n) {
    throw new CoreError(400, "TXN_INVALID_AMOUNT", "precise_amount must be positive");
  }
  // The amount is resolved before the dry-run branch, as the real call resolves it (api/transactions.go:491-530).
  if (dryRun) {
    const preview = await ctx.transaction(async (tx) =>
      previewInflight(tx, id, status, await requestedAmount(tx, id, { preciseAmount, amount })),
    );
    return reply(200, previewJson(preview));
  }
  // A void always releases the whole remaining hold; Core ignores any amount sent with it.
  const row =
    status === "commit"
      ? await commitInflight(ctx, id, { preciseAmount, amount })
      : await voidInflight(ctx, id);
  return reply(200, transactionJson(row));
}

export function registerTransactionsRoutes(app: LedgerApp, ctx: LedgerContext) {
  // In this order: the fixed paths before `/transactions/:id`.
  addRoutes(app, [
    ["POST", "/transactions", (request) => createTransaction(ctx, request)],
    ["GET", "/transactions", (request) => listTransactions(ctx, request)],
    ["POST", "/transactions/filter", (request) => filterTransactions(ctx, request)],
    ["GET", "/transactions/reference/:reference", (request) => getOne(ctx, request, "reference")],
    ["PUT", "/transactions/inflight/:txID", (request) => updateInflight(ctx, request)],
    ["GET", "/transactions/:id", (request) => getOne(ctx, request, "transaction_id")],
  ]);

  registerTransactionWriteRoutes(app, ctx);
}
