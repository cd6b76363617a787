// Go's time.Time JSON decoding (strict RFC3339) for identity `dob`/`created_at`, with Go's error text, so
// `"dob":"1990-01-01"` gets Core's 400: parsing time "1990-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse
// "" as "T".
import { GoBindError } from "../http/bind";

const LAYOUT = "2006-01-02T15:04:05Z07:00";

type Element = { layout: string; pattern: RegExp; range?: { name: string; min: number; max: number } };

const ELEMENTS: Element[] = [
  { layout: "2006", pattern: /^\d{4}/ },
  { layout: "-", pattern: /^-/ },
  { layout: "01", pattern: /^\d{2}/, range: { name: "month", min: 1, max: 12 } },
  { layout: "-", pattern: /^-/ },
  { layout: "02", pattern: /^\d{2}/ },
  { layout: "T", pattern: /^T/ },
  { layout: "15", pattern: /^\d{2}/, range: { name: "hour", min: 0, max: 23 } },
  { layout: ":", pattern: /^:/ },
  { layout: "04", pattern: /^\d{2}/, range: { name: "minute", min: 0, max: 59 } },
  { layout: ":", pattern: /^:/ },
  // Go accepts a fraction after the seconds even though the layout has none.
  { layout: "05", pattern: /^\d{2}(?:\.\d+)?/, range: { name: "second", min: 0, max: 59 } },
  { layout: "Z07:00", pattern: /^(?:Z|[+-]\d{2}:\d{2})/ },
];

const ZERO_TIME = /^0001-01-01T00:00:00(?:\.0+)?(?:Z|[+-]00:00)$/;

function fail(text: string, detail: string): GoBindError {
  return new GoBindError(`parsing time ${JSON.stringify(text)}${detail}`);
}

/**
 * Checks `text` the way Go's Time.UnmarshalJSON does and returns it for a timestamptz parameter, or null for
 * Go's zero time (stored as NULL, written back as "0001-01-01T00:00:00Z"). Throws GoBindError otherwise.
 */
export function parseGoTime(text: string): string | null {
  let rest = text;
  const parts: string[] = [];
  for (const element of ELEMENTS) {
    const match = element.pattern.exec(rest);
    if (!match)
      throw fail(text, ` as "${LAYOUT}": cannot parse ${JSON.stringify(rest)} as "${element.layout}"`);
    const value = match[0];
    if (element.range) {
      const number = Math.floor(Number(value));
      if (number < element.range.min || number > element.range.max)
        throw fail(text, `: ${element.range.name} out of range`);
    }
    parts.push(value);
    rest = rest.slice(value.length);
  }
  if (rest !== "") throw fail(text, `: extra text: ${JSON.stringify(rest)}`);
  const [year, , month, , day] = parts.map(Number);
  const lastDay = new Date(Date.UTC(2000, month ?? 1, 0)).getUTCDate();
  const leapFeb = month === 2 && day === 29 && !isLeapYear(year ?? 0);
  if ((day ?? 0) < 1 || (day ?? 0) > lastDay || leapFeb) throw fail(text, ": day out of range");
  const zone = parts[parts.length - 1] ?? "Z";
  if (zone !== "Z" && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) {
    throw fail(text, ": time zone offset out of range");
  }
  return ZERO_TIME.test(text) ? null : text;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
