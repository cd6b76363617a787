import { isLosslessNumber, parse } from "lossless-json";
import { describe, expect, it } from "vitest";
import { parseJson } from "@/lib/blnk/json";
import { parseRawJson, type RawJson, rawJsonText, toRawJson } from "./raw-json";

// The "Tree view" and "JSON" tabs of a transaction: the record exactly as Blnk sent it. Go writes big.Int
// amounts as bare integers of any length, and a float like 1.50 as its own text; nothing may be rounded.

const PRECISE = "1234567890123456789012345678901234567890"; // 40 digits
const BEYOND_2_64 = "18446744073709551621"; // 2^64 + 5

/** A GET /transactions/:id body as Core writes it (struct field order, meta_data nested), on one line. */
const BLNK_TEXT =
  `{"precise_amount":${PRECISE},"amount":1.50,"amount_string":"1.50","rate":0,"precision":100,` +
  `"transaction_id":"txn_0a000000-0000-4000-8000-000000000001","parent_transaction":"",` +
  `"source":"@World","destination":"bln_0b1c2d3e","reference":"ref \\"quoted\\" \\u00e9\\n","currency":"USD",` +
  `"status":"APPLIED","skip_queue":true,"inflight":false,"sources":null,` +
  `"meta_data":{"order":{"lines":[{"qty":3,"unit":${BEYOND_2_64}},{"qty":-0.0,"unit":2.50e+3}],` +
  `"tags":["a",null,true,false],"empty":{},"none":[]},"z_last":-${BEYOND_2_64},"a_first":1E400}}`;

/** The same record pretty-printed with 2 spaces, every number as Blnk wrote it. */
const EXPECTED_TEXT = `{
  "precise_amount": ${PRECISE},
  "amount": 1.50,
  "amount_string": "1.50",
  "rate": 0,
  "precision": 100,
  "transaction_id": "txn_0a000000-0000-4000-8000-000000000001",
  "parent_transaction": "",
  "source": "@World",
  "destination": "bln_0b1c2d3e",
  "reference": "ref \\"quoted\\" é\\n",
  "currency": "USD",
  "status": "APPLIED",
  "skip_queue": true,
  "inflight": false,
  "sources": null,
  "meta_data": {
    "order": {
      "lines": [
        {
          "qty": 3,
          "unit": ${BEYOND_2_64}
        },
        {
          "qty": -0.0,
          "unit": 2.50e+3
        }
      ],
      "tags": [
        "a",
        null,
        true,
        false
      ],
      "empty": {},
      "none": []
    },
    "z_last": -${BEYOND_2_64},
    "a_first": 1E400
  }
}`;

const entriesOf = (node: RawJson | undefined): [string, RawJson][] => {
  if (node?.type !== "object") throw new Error(`expected an object node, got ${node?.type}`);
  return node.entries;
};
const field = (node: RawJson | undefined, key: string) => entriesOf(node).find(([name]) => name === key)?.[1];

describe("toRawJson + rawJsonText", () => {
  const raw = toRawJson(parseJson(BLNK_TEXT));

  it("prints the record with every digit, 1.50 as 1.50 and exponents as written, in Blnk's key order", () => {
    expect(rawJsonText(raw)).toBe(EXPECTED_TEXT);
  });

  it("keeps numbers as their source text in the tree itself, not as JS numbers", () => {
    expect(field(raw, "precise_amount")).toEqual({ type: "number", text: PRECISE });
    expect(field(raw, "amount")).toEqual({ type: "number", text: "1.50" });
    expect(field(raw, "precision")).toEqual({ type: "number", text: "100" });
    expect(field(raw, "sources")).toEqual({ type: "null" });
    expect(field(raw, "skip_queue")).toEqual({ type: "boolean", value: true });
    expect(field(raw, "inflight")).toEqual({ type: "boolean", value: false });
    expect(field(raw, "parent_transaction")).toEqual({ type: "string", value: "" });
    const lines = field(field(field(raw, "meta_data"), "order"), "lines");
    expect(lines).toEqual({
      type: "array",
      items: [
        {
          type: "object",
          entries: [
            ["qty", { type: "number", text: "3" }],
            ["unit", { type: "number", text: BEYOND_2_64 }],
          ],
        },
        {
          type: "object",
          entries: [
            ["qty", { type: "number", text: "-0.0" }],
            ["unit", { type: "number", text: "2.50e+3" }],
          ],
        },
      ],
    });
    // Key order is Blnk's, not alphabetical: z_last before a_first.
    expect(entriesOf(field(raw, "meta_data")).map(([key]) => key)).toEqual(["order", "z_last", "a_first"]);
    expect(entriesOf(raw).map(([key]) => key)).toEqual([
      "precise_amount",
      "amount",
      "amount_string",
      "rate",
      "precision",
      "transaction_id",
      "parent_transaction",
      "source",
      "destination",
      "reference",
      "currency",
      "status",
      "skip_queue",
      "inflight",
      "sources",
      "meta_data",
    ]);
  });

  it("re-parses with lossless-json to exactly the structure Blnk sent", () => {
    const reparsed = parse(rawJsonText(raw));
    expect(reparsed).toEqual(parse(BLNK_TEXT));
    // toEqual ignores key order: compare the printed form of the re-parsed text too.
    expect(rawJsonText(toRawJson(reparsed))).toBe(EXPECTED_TEXT);
    const amount = (reparsed as Record<string, unknown>).precise_amount;
    expect(isLosslessNumber(amount) && amount.value).toBe(PRECISE);
  });

  it("is plain data that survives a JSON round trip (server to browser) unchanged", () => {
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
  });

  it("writes native numbers and bigints by their exact text too", () => {
    expect(toRawJson({ n: 0.1, b: 10n ** 30n })).toEqual({
      type: "object",
      entries: [
        ["n", { type: "number", text: "0.1" }],
        ["b", { type: "number", text: `1${"0".repeat(30)}` }],
      ],
    });
  });

  it("prints empty containers and top-level scalars compactly", () => {
    expect(rawJsonText(toRawJson(parseJson("{}")))).toBe("{}");
    expect(rawJsonText(toRawJson(parseJson("[]")))).toBe("[]");
    expect(rawJsonText(toRawJson(parseJson("null")))).toBe("null");
    expect(rawJsonText(toRawJson(parseJson(PRECISE)))).toBe(PRECISE);
  });

  it("keeps a meta_data key named __proto__ as an ordinary key", () => {
    const text = '{"meta_data":{"__proto__":{"polluted":1},"constructor":2}}';
    expect(rawJsonText(toRawJson(parseJson(text)))).toBe(
      '{\n  "meta_data": {\n    "__proto__": {\n      "polluted": 1\n    },\n    "constructor": 2\n  }\n}',
    );
  });
});

describe("parseRawJson", () => {
  it("gives the same tree as the lossless parse, and prints the same text", () => {
    expect(parseRawJson(BLNK_TEXT)).toEqual(toRawJson(parseJson(BLNK_TEXT)));
    expect(rawJsonText(parseRawJson(BLNK_TEXT))).toBe(EXPECTED_TEXT);
  });

  it("keeps integer-like meta_data keys in the order Blnk sent them (a JS object would put 9 before 10)", () => {
    const text = '{"meta_data":{"10":"ten","9":"nine","a":"x"}}';
    expect(entriesOf(field(parseRawJson(text), "meta_data")).map(([key]) => key)).toEqual(["10", "9", "a"]);
    expect(entriesOf(field(toRawJson(parseJson(text)), "meta_data")).map(([key]) => key)).toEqual([
      "9",
      "10",
      "a",
    ]);
  });

  it("reads escapes, and refuses what is not JSON", () => {
    expect(parseRawJson(' {"a\\"b": "line\\nnext \\u00e4"} ')).toEqual({
      type: "object",
      entries: [['a"b', { type: "string", value: "line\nnext ä" }]],
    });
    for (const bad of [
      "",
      "{",
      '{"a":}',
      "[1,]",
      '{"a":1} x',
      "01",
      '"\u0001"'.replace("\\u0001", "\u0001"),
      "NaN",
    ]) {
      expect(() => parseRawJson(bad), JSON.stringify(bad)).toThrow(SyntaxError);
    }
  });
});
