// Core's query-string value sniffing (internal/filter/values.go, datetime.go): int64, then float64, then bool,
// then one of Go's datetime layouts, else string. A datetime keeps what lib/pq sends for its time.Time
// (FormatTimestamp: "2006-01-02 15:04:05.999999999Z07:00", in the value's own zone) and the span Core's `eq`
// matches (computeTimestampRange), in the same form.
import { parseGoFloat } from "./go-format";
import { type GoTimeValue, QueryValue } from "./types";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

// The layouts of Core's ParseDateTime: RFC3339 (with optional fraction), the same without a zone (T or space,
// to the minute or second), a bare date, and a slash date.
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const SLASH_DATE_RE = /^(\d{4})\/(\d{2})\/(\d{2})$/;

type Precision = "microseconds" | "milliseconds" | "second" | "minute" | "day";

/** A parsed Go time: its wall clock (as nanoseconds since 1970 read as UTC), its zone offset, Core's precision. */
export type GoTime = { wallNanos: bigint; offsetMinutes: number; precision: Precision };

const SECOND = 1_000_000_000n;
const STEP: Record<Precision, bigint> = {
  microseconds: 1_000n,
  milliseconds: 1_000_000n,
  second: SECOND,
  minute: 60n * SECOND,
  day: 86_400n * SECOND,
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function zoneMinutes(zone: string | undefined): number | null {
  if (!zone || zone === "Z") return 0;
  const [oh = 0, om = 0] = zone.slice(1).split(":").map(Number);
  if (oh > 23 || om > 59) return null;
  return (zone.startsWith("-") ? -1 : 1) * (oh * 60 + om);
}

/** Core's getDatePrecisionFromString for a text that parsed (its "hour" case cannot parse). */
function precisionOf(fraction: string, seconds: string | undefined, minutes: string | undefined): Precision {
  if (fraction.length >= 6) return "microseconds";
  if (fraction.length > 0) return "milliseconds";
  if (seconds !== undefined) return "second";
  return minutes !== undefined ? "minute" : "day";
}

/** The time of a Go-parsable datetime text; null when none of Core's layouts matches. */
export function parseDateTime(text: string): GoTime | null {
  const slash = SLASH_DATE_RE.exec(text);
  const match = slash ? [text, slash[1], slash[2], slash[3]] : DATETIME_RE.exec(text);
  if (!match) return null;
  const [, y, mo, d, sep, h, mi, s, frac, zone] = match;
  // Go's RFC3339 layouts are the only ones with a zone, and they need seconds and a "T".
  if (zone && (sep !== "T" || s === undefined)) return null;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offsetMinutes = zoneMinutes(zone);
  if (offsetMinutes === null) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  // Go keeps nine fraction digits and drops the rest.
  const fraction = (frac ?? "").slice(1);
  const nanos = BigInt(fraction.slice(0, 9).padEnd(9, "0"));
  const wallNanos = BigInt(date.getTime()) * 1_000_000n + nanos;
  return { wallNanos, offsetMinutes, precision: precisionOf(fraction, s, mi) };
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** lib/pq's FormatTimestamp of a time with this wall clock and zone: "2024-01-31 10:15:07.5+02:00". */
export function goTimestampText(wallNanos: bigint, offsetMinutes: number): string {
  const iso = new Date(Number(floorDiv(wallNanos, 1_000_000n))).toISOString();
  const nanos = wallNanos - floorDiv(wallNanos, SECOND) * SECOND;
  const fraction = nanos.toString().padStart(9, "0").replace(/0+$/, "");
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  const zone =
    offsetMinutes === 0
      ? "Z"
      : `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ""}${zone}`;
  // Go's year 0 is 1 BC, which lib/pq writes with " BC" (Postgres has no year 0).
  return text.startsWith("0000-") ? `0001${text.slice(4)} BC` : text;
}

/** The time's text and the [floor, ceiling) span Core's `eq` matches, as lib/pq sends them. */
export function goTimeValue(time: GoTime): GoTimeValue {
  const step = STEP[time.precision];
  const floor = floorDiv(time.wallNanos, step) * step;
  return {
    text: goTimestampText(time.wallNanos, time.offsetMinutes),
    floor: goTimestampText(floor, time.offsetMinutes),
    ceiling: goTimestampText(floor + step, time.offsetMinutes),
  };
}

/** Core's parseValue for one query-string value. */
export function sniffValue(text: string): QueryValue {
  if (/^[+-]?\d+$/.test(text)) {
    const parsed = BigInt(text);
    if (parsed >= INT64_MIN && parsed <= INT64_MAX) return new QueryValue("int", text);
  }
  if (parseGoFloat(text) !== null) return new QueryValue("float", text);
  if (text === "true" || text === "false") return new QueryValue("bool", text);
  const datetime = parseDateTime(text);
  if (datetime) return new QueryValue("datetime", text, goTimeValue(datetime));
  return new QueryValue("string", text);
}
