import { describe, expect, it } from "vitest";
import { RowCounter } from "./export";

// The export dialog's row count as the bytes arrive: CSV records (the header aside, a quoted cell may hold a
// line break and doubled quotes) and JSON Lines, however the stream splits the text.

const bytes = (text: string) => new TextEncoder().encode(text);

/** Rows counted when `text` arrives as the chunks that cutting at `cuts` (byte offsets) gives. */
function countInChunks(format: "csv" | "jsonl", text: string, cuts: number[]): number {
  const all = bytes(text);
  const counter = new RowCounter(format);
  let start = 0;
  for (const cut of [...cuts, all.length]) {
    counter.push(all.subarray(start, cut));
    start = cut;
  }
  return counter.rows;
}

const CSV = [
  "id,description,amount\r\n",
  'txn_1,"two\r\nlines",100\r\n',
  'txn_2,"say ""hi"", then\nnewline",-5\r\n',
  "txn_3,plain é ünïcode,7\r\n",
  'txn_4,"""",0\r\n',
].join("");

const JSONL = [
  '{"id":"txn_1","description":"two\\nlines","amount":"100"}\n',
  '{"id":"txn_2","description":"say \\"hi\\"","amount":"-5"}\n',
  '{"id":"txn_3","description":"é","amount":"7"}\n',
].join("");

describe("RowCounter for CSV", () => {
  it("counts records, not the header nor line breaks inside quoted cells", () => {
    expect(countInChunks("csv", CSV, [])).toBe(4);
  });

  it("counts nothing for no bytes and for a header alone", () => {
    expect(new RowCounter("csv").rows).toBe(0);
    expect(countInChunks("csv", "id,amount\r\n", [])).toBe(0);
  });

  it("counts the same whatever byte the text is split at", () => {
    const length = bytes(CSV).length;
    for (let cut = 0; cut <= length; cut += 1) expect(countInChunks("csv", CSV, [cut])).toBe(4);
  });

  it("counts the same one byte at a time", () => {
    const cuts = Array.from({ length: bytes(CSV).length }, (_, index) => index);
    expect(countInChunks("csv", CSV, cuts)).toBe(4);
  });

  it("counts as the rows arrive", () => {
    const counter = new RowCounter("csv");
    const seen: number[] = [];
    for (const line of CSV.split(/(?<=\r\n)(?=txn_)/)) {
      counter.push(bytes(line));
      seen.push(counter.rows);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("RowCounter for JSON Lines", () => {
  it("counts lines (an escaped line break is no line; a quote does not hide one)", () => {
    expect(countInChunks("jsonl", JSONL, [])).toBe(3);
    expect(countInChunks("jsonl", "", [])).toBe(0);
  });

  it("counts the same whatever byte the text is split at", () => {
    const length = bytes(JSONL).length;
    for (let cut = 0; cut <= length; cut += 1) expect(countInChunks("jsonl", JSONL, [cut])).toBe(3);
    const cuts = Array.from({ length }, (_, index) => index);
    expect(countInChunks("jsonl", JSONL, cuts)).toBe(3);
  });

  it("does not treat a line's quotes as CSV quoting", () => {
    // An odd number of quotes on a line would hide every later line break if JSON Lines were read as CSV.
    expect(countInChunks("jsonl", '{"a":"\\""}\n{"b":1}\n', [])).toBe(2);
  });
});
