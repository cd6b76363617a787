// Balance routes with Core 0.15's behaviour (blnk api/balance.go, database/balance.go; blnk-api.md §5.2).

import { CoreError, notFound } from "../http/errors";
import { type LedgerApp, type Request, reply } from "../http/request";
import { addRoutes } from "../http/server";
import { createBalance, parseCreateBalance } from "../models/balance-create";
import { decodeGoStruct, hasNul, readJsonBody } from "../models/balance-decode";
import { nowAtTime, parseAtTime, queuedAmounts, totalsAt } from "../models/balance-history";
import {
  FULL_COLUMNS,
  type FullRow,
  fullRowJson,
  type IdentityRow,
  INCLUDED_IDENTITY_COLUMNS,
  includedIdentityJson,
  includedLedgerJson,
  type LedgerRow,
} from "../models/balance-json";
import { filterBalances, listBalances } from "../models/balance-list";
import { parseBatchSize, takeBalanceSnapshots } from "../models/balance-snapshots";
import type { LedgerContext } from "../storage/context";
import type { Queryable } from "../storage/db";

async function findBalance(db: Queryable, id: string): Promise<FullRow | null> {
  if (hasNul(id)) return null;
  const result = await db.query<FullRow>(`SELECT ${FULL_COLUMNS} FROM balances WHERE balance_id = $1`, [id]);
  return result.rows[0] ?? null;
}

const balanceNotFound = (id: string) => notFound("BAL_NOT_FOUND", `Balance with ID '${id}' not found`);

async function getBalance(ctx: LedgerContext, request: Request) {
  const id = request.params.id ?? "";
  const row = await findBalance(ctx.db, id);
  if (!row) throw balanceNotFound(id);
  // Core reads `include` with QueryArray: repeated params, exact values, no comma lists.
  const includes = request.query.getAll("include");
  const extras: Parameters<typeof fullRowJson>[1] = {};
  if (includes.includes("identity") && ctx.profile.includeIdentityFails) {
    // Core ≤ 0.14.5 (profile.ts): the query names a column that does not exist, for every balance.
    throw new CoreError(400, "GEN_BAD_REQUEST", "INTERNAL_SERVER_ERROR: Failed to scan balance data");
  }
  // Deliberate difference: Core 500s ("Failed to scan balance data") on include=identity for a balance without
  // an identity, because it scans the NULL join into a Go string. Here `identity` is simply left out.
  if (includes.includes("identity") && row.identity_id) {
    const identity = await ctx.db.query<IdentityRow>(
      `SELECT ${INCLUDED_IDENTITY_COLUMNS} FROM identities WHERE identity_id = $1`,
      [row.identity_id],
    );
    if (identity.rows[0]) extras.identity = includedIdentityJson(identity.rows[0]);
  }
  if (includes.includes("ledger")) {
    const ledger = await ctx.db.query<LedgerRow>(
      "SELECT ledger_id, name, created_at FROM ledgers WHERE ledger_id = $1",
      [row.ledger_id],
    );
    if (ledger.rows[0]) extras.ledger = includedLedgerJson(ledger.rows[0]);
  }
  if (request.query.get("with_queued") === "true") extras.queued = await queuedAmounts(ctx.db, id);
  return reply(200, fullRowJson(row, extras));
}

async function getByIndicator(ctx: LedgerContext, request: Request) {
  const indicator = request.params.indicator ?? "";
  const currency = request.params.currency ?? "";
  const result =
    hasNul(indicator) || hasNul(currency)
      ? null
      : await ctx.db.query<FullRow>(
          `SELECT ${FULL_COLUMNS} FROM balances WHERE indicator = $1 AND currency = $2`,
          [indicator, currency],
        );
  const row = result?.rows[0];
  // Core's error here is a plain fmt.Errorf classified by message, so the envelope has no `details`.
  if (!row) throw new CoreError(404, "BAL_NOT_FOUND", `balance with indicator '${indicator}' not found`);
  // Core's by-indicator query does not select meta_data.
  return reply(200, fullRowJson(row, { metaData: null }));
}

const IDENTITY_REQUIRED =
  "Key: 'UpdateBalanceIdentity.IdentityId' Error:Field validation for 'IdentityId' failed on the 'required' tag";

async function updateIdentity(ctx: LedgerContext, request: Request) {
  const balanceId = request.params.id ?? "";
  const fields = decodeGoStruct(readJsonBody(request), "UpdateBalanceIdentity", { identity_id: "string" });
  const identityId = typeof fields.identity_id === "string" ? fields.identity_id : "";
  // gin's `binding:"required"` fails inside ShouldBindJSON, so Core reports it as a malformed request.
  if (identityId === "") throw new CoreError(400, "GEN_MALFORMED_REQUEST", IDENTITY_REQUIRED);
  await ctx.transaction(async (tx) => {
    // Core checks the identity first, then the balance; both misses come back as BAL_NOT_FOUND.
    const identity = hasNul(identityId)
      ? null
      : (await tx.query("SELECT 1 FROM identities WHERE identity_id = $1", [identityId])).rows[0];
    if (!identity) throw notFound("BAL_NOT_FOUND", `Identity with ID '${identityId}' not found`);
    if (!(await findBalance(tx, balanceId))) throw balanceNotFound(balanceId);
    await tx.query("UPDATE balances SET identity_id = $2 WHERE balance_id = $1", [balanceId, identityId]);
  });
  return reply(200, { message: "Balance identity updated successfully" });
}

async function getBalanceAt(ctx: LedgerContext, request: Request) {
  const id = request.params.id ?? "";
  const timestamp = request.query.get("timestamp") ?? "";
  const at = timestamp === "" ? nowAtTime() : parseAtTime(timestamp);
  const fromSource = ["true", "1"].includes(request.query.get("from_source") ?? "");
  // Core's datasource checks the time before it looks the balance up (database/balance.go:1403-1413).
  if (at.isZero) throw new CoreError(400, "GEN_BAD_REQUEST", "Target time cannot be zero");
  const row = await findBalance(ctx.db, id);
  if (!row) throw notFound("BAL_NOT_FOUND", `Balance '${id}' not found`);
  const { credit, debit } = await totalsAt(ctx.db, id, at, fromSource);
  // gin.H and map[string]interface{} marshal with sorted keys.
  return reply(200, {
    balance: {
      balance: credit - debit,
      balance_id: id,
      credit_balance: credit,
      currency: row.currency,
      debit_balance: debit,
    },
    from_source: fromSource,
    timestamp: at.echo,
  });
}

async function takeSnapshots(ctx: LedgerContext, request: Request) {
  const batchSize = parseBatchSize(request.query);
  // Core takes them in a goroutine after answering and only logs a failure (balance.go:516-570). Here they are
  // taken before the answer, one INSERT, so a read right after sees them; the answer is Core's either way.
  await takeBalanceSnapshots(ctx.db, batchSize).catch((error: unknown) =>
    console.error(
      JSON.stringify({ level: "error", event: "balance_snapshots_failed", message: String(error) }),
    ),
  );
  return reply(200, { message: "Snapshotting in progress. should be completed shortly" });
}

async function getLineage(ctx: LedgerContext, request: Request) {
  const id = request.params.id ?? "";
  const row = await findBalance(ctx.db, id);
  if (!row) throw balanceNotFound(id);
  if (!row.track_fund_lineage) {
    throw new CoreError(400, "GEN_BAD_REQUEST", `balance ${id} does not have fund lineage tracking enabled`);
  }
  // The embedded ledger allocates no funds to providers, so a lineage-tracking balance has no breakdown yet.
  return reply(200, { balance_id: id, total_with_lineage: 0n, aggregate_balance_id: "", providers: [] });
}

export function registerBalancesRoutes(app: LedgerApp, ctx: LedgerContext) {
  addRoutes(app, [
    [
      "POST",
      "/balances",
      async (request) => reply(201, await createBalance(ctx.db, parseCreateBalance(request))),
    ],
    ["GET", "/balances", async (request) => reply(200, await listBalances(ctx.db, request.query))],
    ["POST", "/balances/filter", async (request) => reply(200, await filterBalances(ctx.db, request))],
    // Fixed paths first: the router takes the first match, and `/balances/:id` would swallow them.
    ["GET", "/balances/indicator/:indicator/currency/:currency", (request) => getByIndicator(ctx, request)],
    ["GET", "/balances/:id", (request) => getBalance(ctx, request)],
    ["GET", "/balances/:id/at", (request) => getBalanceAt(ctx, request)],
    ["GET", "/balances/:id/lineage", (request) => getLineage(ctx, request)],
    ["PUT", "/balances/:id/identity", (request) => updateIdentity(ctx, request)],
    ["POST", "/balances-snapshots", (request) => takeSnapshots(ctx, request)],
  ]);
}
