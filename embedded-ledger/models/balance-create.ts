// POST /balances (blnk-api.md §5.2.1): gin binding, ozzo validation (`ValidateCreateBalance` in blnk
// api/model/model.go), then the insert with Core's database error mapping (blnk database/balance.go).

import { CoreError, ozzoMessage, validation } from "../http/errors";
import type { Request } from "../http/request";
import { toJson } from "../json";
import { newId } from "../storage/context";
import type { Queryable } from "../storage/db";
import { decodeGoStruct, readJsonBody } from "./balance-decode";
import { balanceJson, type ListRow, ZERO_AMOUNTS } from "./balance-json";

const GENERAL_LEDGER_ID = "general_ledger_id";
const STRATEGIES = ["FIFO", "LIFO", "PROPORTIONAL"];
// Go's regexp \S is ASCII-only: anything but space, \t, \n, \v, \f, \r.
const INDICATOR_PATTERN = /^@[^ \t\n\v\f\r]+$/;

const CREATE_BALANCE_FIELDS = {
  ledger_id: "string",
  identity_id: "string",
  currency: "string",
  precision: "float64",
  meta_data: "map",
  track_fund_lineage: "bool",
  allocation_strategy: "string",
  indicator: "string",
} as const;

export type NewBalance = {
  ledgerId: string;
  identityId: string;
  currency: string;
  metaData: Record<string, unknown> | null;
  trackFundLineage: boolean;
  allocationStrategy: string;
  indicator: string;
};

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Binds and validates the request body; throws Core's 400s. `precision` is accepted and ignored, as in Core. */
export function parseCreateBalance(request: Request): NewBalance {
  const fields = decodeGoStruct(readJsonBody(request), "CreateBalance", CREATE_BALANCE_FIELDS);
  // Go's strings.TrimSpace also trims Unicode spaces; JS trim() is the same set in practice.
  const strategy = text(fields.allocation_strategy).toUpperCase().trim();
  const indicator = text(fields.indicator).trim();
  const input: NewBalance = {
    ledgerId: text(fields.ledger_id),
    identityId: text(fields.identity_id),
    currency: text(fields.currency),
    metaData: (fields.meta_data as Record<string, unknown> | undefined) ?? null,
    trackFundLineage: fields.track_fund_lineage === true,
    allocationStrategy: strategy,
    indicator,
  };

  const problems: Record<string, string> = {};
  if (input.ledgerId === "") problems.ledger_id = "cannot be blank";
  if (input.currency === "") problems.currency = "cannot be blank";
  if (input.trackFundLineage && input.identityId === "") {
    problems.identity_id = "identity_id is required when track_fund_lineage is enabled";
  }
  if (strategy !== "" && !STRATEGIES.includes(strategy)) {
    problems.allocation_strategy = "allocation_strategy must be one of: FIFO, LIFO, PROPORTIONAL";
  }
  if (indicator !== "" && input.ledgerId !== GENERAL_LEDGER_ID) {
    problems.indicator =
      "indicator is only allowed for General Ledger balances (ledger_id = general_ledger_id)";
  } else if (indicator !== "" && !INDICATOR_PATTERN.test(indicator)) {
    problems.indicator = "indicator must start with '@' and contain no whitespace (e.g. '@cash')";
  }
  if (Object.keys(problems).length > 0) throw validation(ozzoMessage(problems));

  if (input.allocationStrategy === "") input.allocationStrategy = "FIFO";
  return input;
}

type PgError = Error & Record<string, unknown> & { code?: string; constraint?: string };

const isPgError = (error: unknown): error is PgError =>
  error instanceof Error && typeof (error as PgError).code === "string" && "severity" in error;

/**
 * Core passes the lib/pq error through as `details`; pq.Error has no JSON tags, so its fields come out with Go
 * names. Treat as opaque (blnk-api.md §3.1); this keeps the same keys.
 */
function pqDetails(error: PgError): Record<string, string> {
  const field = (key: string) => (typeof error[key] === "string" ? (error[key] as string) : "");
  return {
    Severity: field("severity"),
    Code: field("code"),
    Message: error.message,
    Detail: field("detail"),
    Hint: field("hint"),
    Position: field("position"),
    InternalPosition: field("internalPosition"),
    InternalQuery: field("internalQuery"),
    Where: field("where"),
    Schema: field("schema"),
    Table: field("table"),
    Column: field("column"),
    DataTypeName: field("dataType"),
    Constraint: field("constraint"),
    File: field("file"),
    Line: field("line"),
    Routine: field("routine"),
  };
}

function createError(error: unknown, input: NewBalance): CoreError {
  if (!isPgError(error)) throw error;
  const details = pqDetails(error);
  if (error.code === "23505") {
    const message =
      error.constraint === "unique_indicator_currency"
        ? `Balance already exists for indicator '${input.indicator}' and '${input.currency}'`
        : "Balance already exists";
    return new CoreError(409, "GEN_CONFLICT", message, "error", details);
  }
  // Core reports every foreign-key failure, the identity one included, as a bad ledger ID.
  if (error.code === "23503")
    return new CoreError(400, "GEN_BAD_REQUEST", "Invalid ledger ID", "error", details);
  // Deliberate difference: Postgres refuses some text Go accepts (a NUL byte, invalid encodings). Core answers
  // 500 "Database error occurred"; a 400 tells the caller the input is at fault.
  if (error.code?.startsWith("22"))
    return new CoreError(400, "GEN_BAD_REQUEST", error.message, "error", details);
  throw error;
}

/** Inserts the balance and returns Core's 201 body: `version: 0` in memory while the row starts at 1. */
export async function createBalance(db: Queryable, input: NewBalance): Promise<Record<string, unknown>> {
  const balanceId = newId("bln");
  let createdAt: Date;
  try {
    const result = await db.query<{ created_at: Date }>(
      `INSERT INTO balances (balance_id, ledger_id, identity_id, indicator, currency, meta_data,
         track_fund_lineage, allocation_strategy)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)
       RETURNING created_at`,
      [
        balanceId,
        input.ledgerId,
        input.identityId || null,
        input.indicator || null,
        input.currency,
        input.metaData === null ? null : toJson(input.metaData),
        input.trackFundLineage,
        input.allocationStrategy,
      ],
    );
    // Core echoes its in-memory time.Now() (nanoseconds); the stored time keeps create and GET identical.
    createdAt = result.rows[0]?.created_at ?? new Date();
  } catch (error) {
    throw createError(error, input);
  }
  const row: ListRow = {
    balance_id: balanceId,
    indicator: input.indicator || null,
    ...ZERO_AMOUNTS,
    currency: input.currency,
    ledger_id: input.ledgerId,
    identity_id: input.identityId,
    created_at: createdAt,
    meta_data: input.metaData,
  };
  return balanceJson(row, {
    version: 0,
    lineage: { track: input.trackFundLineage, strategy: input.allocationStrategy },
    metaData: input.metaData,
  });
}
