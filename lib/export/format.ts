import { formatMinorUnits } from "@/lib/money";
import type { PrecisionTable } from "@/lib/money/precision";

// The two file formats of every export, and how a value becomes a cell. Amounts are exact: the minor-unit
// integer as its digits, beside the currency's precision (a multiplier, as Blnk's own `precision`: USD 100)
// and the amount in major units ("1234.56", ungrouped so a reader can parse it), all from bigint arithmetic.

export type ExportFormat = "csv" | "jsonl";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "jsonl"];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
};

/** A cell's value: text, an exact integer, a flag, a JSON value (metadata), or nothing. */
export type Cell = string | bigint | boolean | null | { json: unknown };

export type Row = Record<string, Cell>;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A CSV cell: quoted when it must be; a leading = + - @ is prefixed with ' so no spreadsheet runs it, except
 * on a plain number ("-500", "-5.00"), which no spreadsheet reads as a formula.
 */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** JSON that keeps bigint exact (as a string of digits: no JSON reader rounds it). */
function jsonValue(value: Cell): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value !== null && typeof value === "object") return value.json;
  return value;
}

/** JSON text of a value in which Blnk's large integers are bigint: those become their digits. */
const jsonText = (value: unknown) =>
  JSON.stringify(value, (_key, inner) => (typeof inner === "bigint" ? inner.toString() : inner));

function csvValue(value: Cell): string | null {
  if (value === null) return null;
  if (typeof value === "object") return jsonText(value.json);
  return String(value);
}

export function headerLine(format: ExportFormat, columns: readonly string[]): string {
  return format === "csv" ? `${columns.join(",")}\r\n` : "";
}

export function rowLine(format: ExportFormat, columns: readonly string[], row: Row): string {
  if (format === "jsonl") {
    const object: Record<string, unknown> = {};
    for (const column of columns) object[column] = jsonValue(row[column] ?? null);
    return `${jsonText(object)}\n`;
  }
  const cells = columns.map((column) => csvCell(csvValue(row[column] ?? null)));
  return `${cells.join(",")}\r\n`;
}

/** The columns an amount named `name` takes: minor units, then major units ("<name>_formatted"). */
export const amountColumns = (name: string) => [name, `${name}_formatted`];

/** An amount's cells: exact minor units and, when the currency's precision is known, its major units. */
export function amountCells(
  name: string,
  amount: bigint | null,
  currency: string,
  table: PrecisionTable,
): Row {
  const found = table.lookup(currency);
  return {
    [name]: amount,
    [`${name}_formatted`]:
      amount === null || found === null ? null : formatMinorUnits(amount, found.decimals).replaceAll(",", ""),
  };
}

/** The precision column: the currency's multiplier (USD → 100), empty when Ledger Desk does not know it. */
export function precisionCell(currency: string, table: PrecisionTable): Cell {
  return table.lookup(currency)?.precision ?? null;
}

const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A time as ISO 8601 UTC, its fraction kept to the digit (Core reads back microseconds; a create answers
 * nanoseconds with the server's offset): "2026-12-01T10:30:00.123456+01:00" → "2026-12-01T09:30:00.123456Z".
 * What Blnk gave when it is not such a time.
 */
export function isoUtc(value: string | null): string | null {
  if (!value) return null;
  const match = STAMP.exec(value);
  if (!match) return value;
  const [, seconds, fraction = "", zone] = match;
  if (zone === "Z") return value;
  const time = Date.parse(`${seconds}${zone}`);
  return Number.isNaN(time) ? value : `${new Date(time).toISOString().slice(0, 19)}${fraction}Z`;
}
