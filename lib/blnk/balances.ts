import "server-only";
import { z } from "zod";
import { BlnkError } from "./errors";
import type { FilterQuery } from "./filter";
import { filterPage } from "./list";
import { type BlnkCallOptions, blnkRequest } from "./request";
import { balanceListRowSchema, balanceSchema, historicalBalanceSchema } from "./schemas";
import type { Balance, HistoricalBalance, Metadata, Page } from "./types";

export type FilterBalancesOptions = FilterQuery;

/**
 * A page of balances via `POST /balances/filter`, falling back to `GET /balances` (no count) on Core < 0.13.2.
 * Rows come from a list query, so `trackFundLineage`/`allocationStrategy` are null and `version` is 0: use
 * `getBalance` for those.
 */
export function filterBalances(
  options: FilterBalancesOptions,
  call?: BlnkCallOptions,
): Promise<Page<Balance>> {
  return filterPage("balances", options, balanceListRowSchema, { ...call, allowGetFallback: true });
}

export type BalanceInclude = "identity" | "ledger";

export interface GetBalanceOptions {
  /** Nest the owner identity and/or the ledger. Core 500s on include=identity for a balance without one. */
  include?: readonly BalanceInclude[];
  /** Add `queuedCreditBalance`/`queuedDebitBalance`. */
  withQueued?: boolean;
}

/** One balance with every column real; `BlnkError` kind "not_found" when it does not exist. */
export function getBalance(
  id: string,
  options: GetBalanceOptions = {},
  call?: BlnkCallOptions,
): Promise<Balance> {
  return blnkRequest("GET", `/balances/${encodeURIComponent(id)}`, {
    ...call,
    // Core reads repeated params (include=identity&include=ledger), not a comma list.
    query: {
      include: [...new Set(options.include ?? [])],
      with_queued: options.withQueued ? "true" : undefined,
    },
    schema: balanceSchema,
  });
}

/** The internal balance for `@indicator` in `currency` (exact, case-sensitive). Does not auto-create. */
export function getBalanceByIndicator(
  indicator: string,
  currency: string,
  call?: BlnkCallOptions,
): Promise<Balance> {
  const path = `/balances/indicator/${encodeURIComponent(indicator)}/currency/${encodeURIComponent(currency)}`;
  return blnkRequest("GET", path, { ...call, schema: balanceSchema });
}

export interface CreateBalanceInput {
  ledgerId: string;
  currency: string;
  identityId?: string;
  /** Core requires `identityId` when this is true. */
  trackFundLineage?: boolean;
  /** FIFO | LIFO | PROPORTIONAL (Core upper-cases it; default FIFO). */
  allocationStrategy?: string;
  /** Only with the General Ledger, `@` + no spaces (newest Core). */
  indicator?: string;
  metadata?: Metadata;
}

/** `POST /balances`. Validation failures come back as `BlnkError` kind "validation" with `fieldErrors`. */
export function createBalance(input: CreateBalanceInput, call?: BlnkCallOptions): Promise<Balance> {
  const body: Record<string, unknown> = { ledger_id: input.ledgerId, currency: input.currency };
  if (input.identityId) body.identity_id = input.identityId;
  if (input.trackFundLineage !== undefined) body.track_fund_lineage = input.trackFundLineage;
  if (input.allocationStrategy) body.allocation_strategy = input.allocationStrategy;
  if (input.indicator) body.indicator = input.indicator;
  if (input.metadata !== undefined) body.meta_data = input.metadata;
  return blnkRequest("POST", "/balances", { ...call, body, schema: balanceSchema });
}

export interface GetBalanceAtOptions {
  /** Defaults to now on the server. */
  timestamp?: Date | string;
  /** Recompute from transactions instead of snapshots. */
  fromSource?: boolean;
}

/**
 * `PUT /balances/:id/identity` (Core 0.10.3+): the balance's owner becomes `identityId`. Core checks that both
 * exist (404 `BAL_NOT_FOUND` for either) and answers only a message, so the caller reads the balance back.
 */
export async function updateBalanceIdentity(
  balanceId: string,
  identityId: string,
  call?: BlnkCallOptions,
): Promise<void> {
  await blnkRequest("PUT", `/balances/${encodeURIComponent(balanceId)}/identity`, {
    ...call,
    body: { identity_id: identityId },
    schema: z.object({ message: z.string() }).loose(),
  });
}

/** The balance as it stood at `timestamp` (`GET /balances/:id/at`). */
export async function getBalanceAt(
  id: string,
  options: GetBalanceAtOptions = {},
  call?: BlnkCallOptions,
): Promise<HistoricalBalance> {
  return await blnkRequest("GET", `/balances/${encodeURIComponent(id)}/at`, {
    ...call,
    query: {
      timestamp: options.timestamp === undefined ? undefined : toUtcTimestamp(options.timestamp),
      from_source: options.fromSource ? "true" : undefined,
    },
    schema: historicalBalanceSchema,
  });
}

const UTC_RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * RFC3339 in UTC with `Z`: an offset like "+02:00" would need escaping that some clients get wrong (a raw
 * "+" decodes as a space and Core answers 400), and `Z` sidesteps it entirely.
 */
function toUtcTimestamp(value: Date | string): string {
  if (typeof value === "string" && UTC_RFC3339.test(value)) return value;
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new BlnkError({
      status: 0,
      code: "BAL_INVALID_TIMESTAMP",
      kind: "validation",
      message: "timestamp must be a valid date and time",
      field: "timestamp",
      fieldErrors: { timestamp: "must be a valid date and time" },
    });
  }
  return date.toISOString();
}
