// POST /refund-transaction/:id and POST /transactions/inflight/bulk/{commit,void} (blnk-api.md §5.4), each as the
// LEDGER_CORE_PROFILE's Core answers it: its body fields, queued or synchronous processing, and `dry_run`.

import type { CoreProfile } from "../http/profile";
import { type LedgerApp, type Request, reply } from "../http/request";
import { handle } from "../http/server";
import { goMapOrder } from "../models/balance-json";
import { queueEach, settleEach } from "../posting/bulk-inflight";
import { type BulkItem, parseBulkInflight, parseRefundBody } from "../posting/bulk-input";
import { previewBulkInflight } from "../posting/dry-run-bulk";
import { requestedAmount } from "../posting/dry-run-inflight";
import { previewRefund } from "../posting/dry-run-refund";
import type { InflightAction } from "../posting/inflight";
import { previewJson } from "../posting/preview-json";
import { refundTransaction } from "../posting/refund";
import { type TransactionRow, transactionJson } from "../posting/transaction-json";
import type { LedgerContext } from "../storage/context";
import type { Queryable } from "../storage/db";

/**
 * The refund as Core answers it (transformTransaction of what QueueTransaction returns): the request's skip_queue
 * echoed, and meta_data as Core holds it in memory — the refunded row's keys (merged with the body's), plus
 * `allow_overdraft: true` that setTransactionMetadata adds (transaction_queue.go:341-368).
 */
function refundJson(row: TransactionRow, skipQueue: boolean): Record<string, unknown> {
  const out = transactionJson(row, { skipQueue });
  const stored = row.meta_data !== null && typeof row.meta_data === "object" ? row.meta_data : {};
  out.meta_data = goMapOrder({ ...stored, allow_overdraft: true });
  return out;
}

/** api/transactions.go:242-284: 201 with the first refund, or 200 with the projection for a dry run. */
async function refund(ctx: LedgerContext, request: Request) {
  const id = request.params.id ?? "";
  const body = parseRefundBody(request, ctx.profile);
  if (body.dryRun) {
    const preview = await ctx.transaction((tx) => previewRefund(tx, id, ctx.profile));
    return reply(200, previewJson(preview));
  }
  // 0.13.2 reads no body: its RefundWorker takes skip_queue from the stored row, which never has it.
  const [first] = await refundTransaction(ctx, id, body);
  if (!first) throw new Error("a refund with no error made no refund");
  return reply(201, refundJson(first, body.skipQueue));
}

/** Each item's amount as the handler resolves it before any branch (api/transactions.go:941-952); 0 for a void. */
async function resolved(db: Queryable, action: InflightAction, items: BulkItem[]) {
  const list: { transactionId: string; requested: bigint }[] = [];
  for (const item of items) {
    const requested = action === "void" ? 0n : await requestedAmount(db, item.transactionId, { ...item });
    list.push({ transactionId: item.transactionId, requested });
  }
  return list;
}

async function bulkInflight(ctx: LedgerContext, request: Request, action: InflightAction) {
  const { items, skipQueue, dryRun } = parseBulkInflight(request, action, ctx.profile);
  // Ahead of both the queueing and the synchronous branch (api/transactions.go:863-868, 954-959).
  if (dryRun) {
    const preview = await ctx.transaction(async (tx) =>
      previewBulkInflight(tx, action, await resolved(tx, action, items)),
    );
    return reply(200, preview);
  }
  if (ctx.profile.inflightQueue && !skipQueue) {
    return reply(200, await queueEach(ctx, action, await resolved(ctx.db, action, items)));
  }
  return reply(200, await settleEach(ctx, action, items));
}

function registerBulkRoutes(app: LedgerApp, ctx: LedgerContext, profile: CoreProfile) {
  // Core 0.14.2 added them (api/api.go:86-87); before, gin's 404 answers.
  if (!profile.bulkInflight) return;
  app.post(
    "/transactions/inflight/bulk/void",
    handle((request) => bulkInflight(ctx, request, "void")),
  );
  app.post(
    "/transactions/inflight/bulk/commit",
    handle((request) => bulkInflight(ctx, request, "commit")),
  );
}

export function registerTransactionWriteRoutes(app: LedgerApp, ctx: LedgerContext) {
  app.post(
    "/refund-transaction/:id",
    handle((request) => refund(ctx, request)),
  );
  registerBulkRoutes(app, ctx, ctx.profile);
}
