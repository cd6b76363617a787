// `POST /transactions` body → PostingInput, with Core's binding and validation outcomes (blnk-api.md §5.4):
// a type mismatch is Go's bind error (400 GEN_MALFORMED_REQUEST "Invalid input"), then ozzo validation reports
// every failing field at once (400 TXN_VALIDATION_ERROR, legacy key `errors`).

import { badRequest, malformed, ozzoMessage, validation } from "../http/errors";
import { asBigInt, isLosslessNumber } from "../json";
import { preciseFromAmount, significantDigits } from "./amounts";
import type { PostingInput } from "./record";
import type { TransactionEcho } from "./transaction-json";

type Body = Record<string, unknown>;

const invalidInput = () => malformed("Invalid input");

export function isObject(value: unknown): value is Body {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !isLosslessNumber(value);
}

export function text(body: Body, key: string): string {
  const value = body[key];
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw invalidInput();
  return value;
}

export function flag(body: Body, key: string): boolean {
  const value = body[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") throw invalidInput();
  return value;
}

/** A JSON number as Go's float64: anything else, or a value out of float range, fails binding. */
export function float(body: Body, key: string): number {
  const value = body[key];
  if (value === undefined || value === null) return 0;
  if (!isLosslessNumber(value)) throw invalidInput();
  const number = Number(value.value);
  if (!Number.isFinite(number)) throw invalidInput();
  return number;
}

/** Go's *big.Int: a bare JSON integer of any size; a string or a fraction fails binding. */
export function bigInteger(body: Body, key: string): bigint | null {
  const value = body[key];
  if (value === undefined || value === null) return null;
  if (!isLosslessNumber(value)) throw invalidInput();
  const parsed = asBigInt(value);
  if (parsed === null) throw invalidInput();
  return parsed;
}

function list(body: Body, key: string): unknown[] {
  const value = body[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidInput();
  return value;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Go's time.Parse with RFC3339 (fractional seconds optional): a Date, or null when the text does not parse. */
export function parseRfc3339(value: string): Date | null {
  const match = RFC3339.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const zoneHour = Number(match[9] ?? 0);
  const zoneMinute = Number(match[10] ?? 0);
  const daysInMonth = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  const valid =
    (month ?? 0) >= 1 &&
    (month ?? 0) <= 12 &&
    (day ?? 0) >= 1 &&
    (day ?? 0) <= daysInMonth &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 59 &&
    zoneHour <= 23 &&
    zoneMinute <= 59;
  if (!valid) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const DATE_FORMAT_MESSAGE =
  "please format the scheduled date as 'YYYY-MM-DDTHH:MM:SS+00:00' (e.g., 2024-04-22T15:28:03+00:00)";

function amountProblem(amount: number, precise: bigint | null, strict: boolean): string | null {
  if (amount !== 0 && precise !== null) return "either amount or precise_amount should be provided, not both";
  if (amount === 0 && precise === null) return "either amount or precise_amount is required";
  if (amount !== 0 && significantDigits(amount) > 15) {
    return "amount has more than 15 significant digits which may cause rounding errors; use precise_amount instead";
  }
  if (!strict) return null;
  if (amount < 0) return "amount cannot be negative";
  if (precise !== null && precise < 0n) return "precise_amount cannot be negative";
  return null;
}

export const unsupported = (what: string) =>
  badRequest(`${what} is not supported by the embedded ledger`, "TXN_VALIDATION_ERROR");

export type ParsedRecord = {
  input: PostingInput;
  echo: TransactionEcho;
  /** `dry_run: true` on a profile that knows it: project, write nothing. */
  dryRun: boolean;
  /** `amount` as sent (0 when precise_amount was): a projection reports it as Core's Amount. */
  amount: number;
  /** `scheduled_for` was sent (only a dry run accepts it, with Core's note that it is ignored). */
  scheduled: boolean;
};

/** What the profile's Core accepts: `dry_run`, and HEAD's stricter validation (http/profile.ts). */
export type RecordOptions = { dryRun: boolean; strict: boolean };

/** The body as Go binds it into the request struct: any field of the wrong JSON type is one "Invalid input". */
function bindRecordTransaction(raw: unknown, knowsDryRun: boolean) {
  // Go decodes a JSON null into the zero struct; any other non-object fails binding.
  const body: Body = raw === null ? {} : isObject(raw) ? raw : {};
  if (raw !== null && !isObject(raw)) throw invalidInput();

  const amount = float(body, "amount");
  const precise = bigInteger(body, "precise_amount");
  const precision = float(body, "precision");
  const overdraftLimit = float(body, "overdraft_limit");
  const [currency, reference, description, source, destination] = (
    ["currency", "reference", "description", "source", "destination"] as const
  ).map((key) => text(body, key)) as [string, string, string, string, string];
  const dates = {
    scheduled_for: text(body, "scheduled_for"),
    inflight_expiry_date: text(body, "inflight_expiry_date"),
    inflight_commit_date: text(body, "inflight_commit_date"),
  };
  const sources = list(body, "sources");
  const destinations = list(body, "destinations");
  const meta = body.meta_data;
  if (meta !== undefined && meta !== null && !isObject(meta)) throw invalidInput();
  let effectiveDate: Date | null = null;
  if (body.effective_date !== undefined && body.effective_date !== null) {
    effectiveDate = parseRfc3339(text(body, "effective_date"));
    if (!effectiveDate) throw invalidInput();
  }
  return {
    amount,
    precise,
    precision,
    overdraftLimit,
    currency,
    reference,
    description,
    source,
    destination,
    dates,
    sources,
    destinations,
    metaData: isObject(meta) ? meta : null,
    effectiveDate,
    skipQueue: flag(body, "skip_queue"),
    atomic: flag(body, "atomic"),
    allowOverdraft: flag(body, "allow_overdraft"),
    inflight: flag(body, "inflight"),
    // Before the field existed it was an unknown key, ignored whatever its type.
    dryRun: knowsDryRun && flag(body, "dry_run"),
  };
}

type BoundRecord = ReturnType<typeof bindRecordTransaction>;

/** ozzo's rules for a bound request: every failing field, keyed by its JSON name (empty when all pass). */
function validationProblems(record: BoundRecord, strict: boolean): Record<string, string> {
  const { precision, source, destination } = record;
  const problems: Record<string, string> = {};
  const amountIssue = amountProblem(record.amount, record.precise, strict);
  if (amountIssue) problems.amount = amountIssue;
  if (Math.trunc(precision) !== precision) problems.precision = "precision must be an integer value";
  else if (strict && precision < 0) problems.precision = "precision cannot be negative";
  if (!record.currency) problems.currency = "cannot be blank";
  if (!record.reference) problems.reference = "cannot be blank";
  if (!record.description) problems.description = "cannot be blank";
  // Exactly one of each pair: both present or both absent is the same error.
  if (Boolean(source) === record.sources.length > 0)
    problems.source = "either source or sources is required, not both";
  if (Boolean(destination) === record.destinations.length > 0) {
    problems.destination = "either destination or destinations is required, not both";
  } else if (strict && source && destination && source === destination) {
    problems.destination = "source and destination cannot be the same balance";
  }
  for (const [key, value] of Object.entries(record.dates)) {
    if (value && !parseRfc3339(value)) problems[key] = DATE_FORMAT_MESSAGE;
  }
  return problems;
}

/**
 * Deliberate differences: these need Core's queue, scheduler or split engine, which the embedded ledger lacks. A
 * dry run projects the effect as if applied now, as Core's does (transaction_dryrun.go:599-601 notes an ignored
 * scheduled_for; inflight_commit_date only schedules a later commit), so only splits stay refused there.
 */
function refuseUnsupported(record: BoundRecord, dryRun: boolean): void {
  if (record.sources.length > 0 || record.destinations.length > 0)
    throw unsupported("sources/destinations (split transactions)");
  if (dryRun) return;
  if (record.dates.scheduled_for) throw unsupported("scheduled_for");
  if (record.dates.inflight_commit_date) throw unsupported("inflight_commit_date");
}

/**
 * Parses and validates a `POST /transactions` body (already parsed losslessly). Throws CoreError. Validation runs
 * before the dry-run branch, so a dry run is held to the same rules (api/transactions.go:171-184).
 */
export function parseRecordTransaction(
  raw: unknown,
  options: RecordOptions = { dryRun: true, strict: true },
): ParsedRecord {
  const record = bindRecordTransaction(raw, options.dryRun);
  const problems = validationProblems(record, options.strict);
  if (Object.keys(problems).length > 0) throw validation(ozzoMessage(problems), "TXN_VALIDATION_ERROR");
  const { dryRun } = record;
  refuseUnsupported(record, dryRun);

  const { precise, amount, dates } = record;
  const scale = record.precision === 0 ? 1 : record.precision;
  const input: PostingInput = {
    source: record.source,
    destination: record.destination,
    preciseAmount: precise !== null && precise > 0n ? precise : preciseFromAmount(amount, scale),
    precision: scale,
    currency: record.currency,
    reference: record.reference,
    description: record.description,
    allowOverdraft: record.allowOverdraft,
    overdraftLimit: record.overdraftLimit,
    inflight: record.inflight,
    inflightExpiryDate: dates.inflight_expiry_date ? parseRfc3339(dates.inflight_expiry_date) : null,
    effectiveDate: record.effectiveDate,
    metaData: record.metaData,
  };
  const echo: TransactionEcho = {
    overdraftLimit: record.overdraftLimit,
    skipQueue: record.skipQueue,
    atomic: record.atomic,
  };
  return { input, echo, dryRun, amount, scheduled: Boolean(dates.scheduled_for) };
}
