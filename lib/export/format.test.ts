import { describe, expect, it } from "vitest";
import { createPrecisionTable } from "@/lib/money/precision";
import { parseCsv } from "@/lib/test-support/csv";
import {
  amountCells,
  amountColumns,
  csvCell,
  headerLine,
  isoUtc,
  precisionCell,
  type Row,
  rowLine,
} from "./format";

// The export's cells and lines: CSV quoting and formula defusing, amounts exact past 2^128 through a real CSV
// parse and JSON.parse, metadata holding a bigint, and times as ISO 8601 UTC.

const table = createPrecisionTable();
const BIG = 1234567890123456789012345678901234567890n;
const COLUMNS = ["id", "currency", "precision", ...amountColumns("amount"), "meta_data"];

/** The CSV text as objects by header, every cell a string. */
function csvObjects(text: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(text);
  return records.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])));
}

const row = (id: string, amount: bigint | null, currency: string, meta: Row["meta_data"] = null): Row => ({
  id,
  currency,
  precision: precisionCell(currency, table),
  ...amountCells("amount", amount, currency, table),
  meta_data: meta,
});

function file(format: "csv" | "jsonl", rows: Row[]): string {
  return headerLine(format, COLUMNS) + rows.map((each) => rowLine(format, COLUMNS, each)).join("");
}

describe("csvCell", () => {
  it("quotes a cell holding a comma, a quote or a line break, doubling its quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell("")).toBe("");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("prefixes ' to a cell a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tx")).toBe("'\tx");
    // Prefixed, then quoted for its comma.
    expect(csvCell('=HYPERLINK("x",1)')).toBe(`"'=HYPERLINK(""x"",1)"`);
  });

  it("leaves a plain number alone, negative or not", () => {
    expect(csvCell("-500")).toBe("-500");
    expect(csvCell("-5.00")).toBe("-5.00");
    expect(csvCell(`-${BIG}`)).toBe(`-${BIG}`);
    expect(csvCell("12.5")).toBe("12.5");
    // Not a plain number: still defused.
    expect(csvCell("-5.")).toBe("'-5.");
    expect(csvCell("-1e5")).toBe("'-1e5");
  });
});

describe("rowLine", () => {
  const columns = ["text", "count", "flag", "none", "missing"];
  const cells: Row = { text: 'a "b", c', count: 7n, flag: true, none: null };

  it("writes a CSV record ending in CRLF, after a header line", () => {
    expect(headerLine("csv", columns)).toBe("text,count,flag,none,missing\r\n");
    expect(rowLine("csv", columns, cells)).toBe('"a ""b"", c",7,true,,\r\n');
  });

  it("writes a JSON Lines object per row with every column, bigint as its digits, and no header", () => {
    expect(headerLine("jsonl", columns)).toBe("");
    const line = rowLine("jsonl", columns, cells);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({ text: 'a "b", c', count: "7", flag: true, none: null, missing: null });
  });
});

describe("a 40-digit amount", () => {
  const rows = [row("pos", BIG, "USD"), row("neg", -BIG, "USD"), row("small", -5n, "usd")];
  const expected = [
    { amount: BIG, formatted: "12345678901234567890123456789012345678.90" },
    { amount: -BIG, formatted: "-12345678901234567890123456789012345678.90" },
    { amount: -5n, formatted: "-0.05" },
  ];

  it("survives CSV exactly: minor units, precision and major units", () => {
    const parsed = csvObjects(file("csv", rows));
    expect(parsed).toHaveLength(3);
    parsed.forEach((record, index) => {
      expect(BigInt(record.amount ?? "")).toBe(expected[index]?.amount);
      expect(record.amount_formatted).toBe(expected[index]?.formatted);
      expect(record.precision).toBe("100");
    });
    // Ungrouped, so a reader can parse the major units too.
    expect(parsed[0]?.amount_formatted).not.toContain(",");
  });

  it("survives JSON Lines exactly, the digits as strings", () => {
    const lines = file("jsonl", rows).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    lines.forEach((line, index) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      expect(typeof record.amount).toBe("string");
      expect(BigInt(record.amount as string)).toBe(expected[index]?.amount);
      expect(record.amount_formatted).toBe(expected[index]?.formatted);
      expect(record.precision).toBe("100");
    });
  });
});

describe("amount cells", () => {
  it("leave precision and major units empty for a currency Ledger Desk does not know", () => {
    const unknown = row("u", BIG, "NOT_A_CURRENCY_Q");
    expect(unknown).toMatchObject({ precision: null, amount: BIG, amount_formatted: null });
    const [csv] = csvObjects(file("csv", [unknown]));
    expect(csv).toMatchObject({ precision: "", amount: BIG.toString(), amount_formatted: "" });
    const json = JSON.parse(rowLine("jsonl", COLUMNS, unknown)) as Record<string, unknown>;
    expect(json).toMatchObject({ precision: null, amount: BIG.toString(), amount_formatted: null });
  });

  it("leave both empty for no amount", () => {
    expect(amountCells("amount", null, "USD", table)).toEqual({ amount: null, amount_formatted: null });
  });

  it("follow the currency's decimals (JPY none, BTC eight)", () => {
    expect(amountCells("a", -1234567n, "JPY", table)).toEqual({ a: -1234567n, a_formatted: "-1234567" });
    expect(amountCells("a", 1n, "BTC", table)).toEqual({ a: 1n, a_formatted: "0.00000001" });
  });
});

describe("metadata", () => {
  const meta = { json: { note: 'a "b", c', big: -BIG, nested: { n: 1 } } };
  const line = (format: "csv" | "jsonl") => file(format, [row("m", 1n, "USD", meta)]);

  it("is one CSV cell of JSON text, the bigint as its digits", () => {
    const [record] = csvObjects(line("csv"));
    const parsed = JSON.parse(record?.meta_data ?? "") as Record<string, unknown>;
    expect(parsed).toEqual({ note: 'a "b", c', big: `-${BIG}`, nested: { n: 1 } });
  });

  it("is a JSON object in JSON Lines, the bigint as its digits", () => {
    const parsed = JSON.parse(line("jsonl")) as { meta_data: Record<string, unknown> };
    expect(parsed.meta_data).toEqual({ note: 'a "b", c', big: `-${BIG}`, nested: { n: 1 } });
  });
});

describe("isoUtc", () => {
  it("keeps a UTC time as it is, microseconds and all", () => {
    expect(isoUtc("2026-12-01T10:30:00.123456Z")).toBe("2026-12-01T10:30:00.123456Z");
    expect(isoUtc("2026-12-01T10:30:00Z")).toBe("2026-12-01T10:30:00Z");
  });

  it("moves an offset time to Z, keeping the fraction to the digit", () => {
    expect(isoUtc("2026-12-01T10:30:00.123456789+01:00")).toBe("2026-12-01T09:30:00.123456789Z");
    expect(isoUtc("2026-01-01T00:15:00.5-05:30")).toBe("2026-01-01T05:45:00.5Z");
    // Across midnight and the year.
    expect(isoUtc("2027-01-01T00:30:00.000001+02:00")).toBe("2026-12-31T22:30:00.000001Z");
    expect(isoUtc("2026-12-01T10:30:00+00:00")).toBe("2026-12-01T10:30:00Z");
  });

  it("passes anything else through, and nothing as null", () => {
    expect(isoUtc("0001-01-01")).toBe("0001-01-01");
    expect(isoUtc("not a time")).toBe("not a time");
    expect(isoUtc("2026-12-01 10:30:00")).toBe("2026-12-01 10:30:00");
    expect(isoUtc(null)).toBeNull();
    expect(isoUtc("")).toBeNull();
  });
});
