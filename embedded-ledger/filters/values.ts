// Core's query-string value sniffing (internal/filter/values.go, datetime.go): int, then float, then bool,
// then one of Go's datetime layouts, else string. A datetime also carries the span that Core's `eq` matches.
import { QueryValue } from "./types";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

// Go's strconv.ParseFloat accepts these too; on a numeric column they are rejected later.
const FLOAT_RE = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

// The layouts of Core's ParseDateTime: RFC3339 (with optional fraction), the same without a zone (T or space,
// to the minute or second), a bare date, and a slash date.
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const SLASH_DATE_RE = /^(\d{4})\/(\d{2})\/(\d{2})$/;

type Precision = "microseconds" | "milliseconds" | "second" | "minute" | "day";

const DAY_MICROS = 86_400_000_000n;
const STEP: Record<Precision, bigint> = {
  microseconds: 1n,
  milliseconds: 1_000n,
  second: 1_000_000n,
  minute: 60_000_000n,
  day: DAY_MICROS,
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Microseconds since the epoch of a Go-parsable datetime, and its precision; null when no layout matches. */
export function parseDateTime(text: string): { micros: bigint; precision: Precision } | null {
  const slash = SLASH_DATE_RE.exec(text);
  const match = slash ? [text, slash[1], slash[2], slash[3]] : DATETIME_RE.exec(text);
  if (!match) return null;
  const [, y, mo, d, sep, h, mi, s, frac, zone] = match;
  // Go's RFC3339 layouts are the only ones with a zone, and they need seconds and a "T".
  if (zone && (sep !== "T" || s === undefined)) return null;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (zone && zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const [oh, om] = zone.slice(1).split(":").map(Number);
    if ((oh ?? 0) > 23 || (om ?? 0) > 59) return null;
    offsetMinutes = sign * ((oh ?? 0) * 60 + (om ?? 0));
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const fraction = (frac ?? "").slice(1);
  const micros =
    BigInt(date.getTime() - offsetMinutes * 60_000) * 1000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
  let precision: Precision = "day";
  if (fraction.length >= 6) precision = "microseconds";
  else if (fraction.length > 0) precision = "milliseconds";
  else if (s !== undefined) precision = "second";
  else if (mi !== undefined) precision = "minute";
  return { micros, precision };
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** RFC3339 in UTC with microseconds, for a timestamptz parameter. */
export function formatMicros(micros: bigint): string {
  const ms = floorDiv(micros, 1000n);
  const rest = micros - ms * 1000n;
  const iso = new Date(Number(ms)).toISOString();
  return `${iso.slice(0, -1)}${rest.toString().padStart(3, "0")}Z`;
}

/** The [floor, ceiling) span Core's `eq` matches for a datetime of the given precision. */
export function timestampRange(micros: bigint, precision: Precision): { floor: string; ceiling: string } {
  const step = STEP[precision];
  const floor = floorDiv(micros, step) * step;
  return { floor: formatMicros(floor), ceiling: formatMicros(floor + step) };
}

/** Core's parseValue for one query-string value. */
export function sniffValue(text: string): QueryValue {
  if (/^[+-]?\d+$/.test(text)) {
    const parsed = BigInt(text);
    if (parsed >= INT64_MIN && parsed <= INT64_MAX) return new QueryValue("int", text);
  }
  if (FLOAT_RE.test(text)) return new QueryValue("float", text);
  if (text === "true" || text === "false") return new QueryValue("bool", text);
  const datetime = parseDateTime(text);
  if (datetime) return new QueryValue("datetime", text, timestampRange(datetime.micros, datetime.precision));
  return new QueryValue("string", text);
}
