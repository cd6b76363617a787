import { beforeAll, describe, expect, it } from "vitest";
import { formatTime } from "../storage/context";
import { insertBalance, insertIdentity, insertLedger, plain } from "../testing/balance-fixtures";
import { errorBody } from "../testing/errors";
import { testLedgerForFile } from "../testing/ledger";

const ledger = testLedgerForFile();
const BEYOND_U64 = 2n ** 64n + 5n;
const ids: Record<string, string> = {};
let mainLedger: string;
let otherLedger: string;
let identityId: string;

type Row = Record<string, unknown>;
const rows = (text: string) => plain(text) as Row[];

describe("GET /balances on an empty ledger", () => {
  it("answers null, like Core's nil slice", async () => {
    const response = await ledger.call("GET", "/balances");
    expect(response.status).toBe(200);
    expect(response.text).toBe("null");
  });
});

describe("balance lists", () => {
  beforeAll(async () => {
    mainLedger = await insertLedger(ledger.db, "Main");
    otherLedger = await insertLedger(ledger.db, "Other");
    identityId = await insertIdentity(ledger.db);
    // Twelve dated balances: b01 oldest … b12 newest.
    for (let n = 1; n <= 12; n += 1) {
      const name = `b${String(n).padStart(2, "0")}`;
      ids[name] = await insertBalance(ledger.db, {
        ledgerId: n % 3 === 0 ? otherLedger : mainLedger,
        currency: n % 2 === 0 ? "EUR" : "USD",
        identityId: n <= 4 ? identityId : undefined,
        credit: n === 7 ? BEYOND_U64 : BigInt(n * 100),
        debit: n === 5 ? 1n : 0n,
        createdAt: `2026-01-${String(n).padStart(2, "0")}T00:00:00Z`,
        metaData: n <= 2 ? `{"tier":"gold","rank":${n}}` : undefined,
        trackFundLineage: n === 12,
      });
    }
  });

  describe("GET /balances", () => {
    it("returns 10 rows by default, newest first, with Core's list-row fields", async () => {
      const response = await ledger.call("GET", "/balances");
      expect(response.status).toBe(200);
      const list = rows(response.text);
      expect(list.map((row) => row.balance_id)).toEqual(
        ["b12", "b11", "b10", "b09", "b08", "b07", "b06", "b05", "b04", "b03"].map((name) => ids[name]),
      );
      // b12 tracks lineage and has version 3 in the table, but the list query selects neither.
      expect(
        response.text.startsWith(
          `[{"balance":1200,"version":0,"inflight_balance":0,"credit_balance":1200,"inflight_credit_balance":0,` +
            `"debit_balance":0,"inflight_debit_balance":0,"ledger_id":"${otherLedger}","identity_id":"",` +
            `"balance_id":"${ids.b12}","currency":"EUR","created_at":"${formatTime("2026-01-12T00:00:00Z")}",` +
            `"inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null,"track_fund_lineage":false},`,
        ),
      ).toBe(true);
      expect(response.text).not.toContain("allocation_strategy");
      expect(response.text).toContain(`"credit_balance":${BEYOND_U64},`);
    });

    it("pages with limit and offset, without a maximum", async () => {
      const second = rows((await ledger.call("GET", "/balances?limit=10&offset=10")).text);
      expect(second.map((row) => row.balance_id)).toEqual([ids.b02, ids.b01]);
      expect(second[1]).toMatchObject({ identity_id: identityId, meta_data: { rank: 1, tier: "gold" } });
      expect(rows((await ledger.call("GET", "/balances?limit=9223372036854775807")).text)).toHaveLength(12);
      expect(rows((await ledger.call("GET", "/balances?limit=%2B3")).text)).toHaveLength(3);
      expect((await ledger.call("GET", "/balances?offset=12")).text).toBe("null");
      expect((await ledger.call("GET", "/balances?offset=9223372036854775807")).text).toBe("null");
    });

    it("refuses bad limit and offset values with Core's messages", async () => {
      for (const limit of [
        "abc",
        "-1",
        "0",
        "",
        "1.5",
        "1000000000000000000000000000000",
        "9223372036854775808",
      ]) {
        const response = await ledger.call("GET", `/balances?limit=${limit}`);
        expect(response.status).toBe(400);
        expect(plain(response.text)).toEqual(errorBody("GEN_VALIDATION_ERROR", "invalid limit value"));
      }
      for (const offset of ["-1", "x", ""]) {
        const response = await ledger.call("GET", `/balances?offset=${offset}`);
        expect(response.status).toBe(400);
        expect(plain(response.text)).toEqual(errorBody("GEN_VALIDATION_ERROR", "invalid offset value"));
      }
    });

    it("applies field_op query filters and ignores params without an operator suffix", async () => {
      const usd = rows((await ledger.call("GET", "/balances?currency_eq=USD&limit=100")).text);
      expect(usd.map((row) => row.balance_id)).toEqual(
        ["b11", "b09", "b07", "b05", "b03", "b01"].map((n) => ids[n]),
      );
      // Core reads digits within int64 as an int64 (internal/filter/values.go:8), exactly.
      const big = await ledger.call("GET", `/balances?credit_balance_gt=${2n ** 63n - 1n}`);
      expect(rows(big.text).map((row) => row.balance_id)).toEqual([ids.b07]);
      // Longer ones are a float64 (values.go:12): 2^64 goes as 18446744073709552000, above b07's 2^64 + 5.
      expect((await ledger.call("GET", `/balances?credit_balance_gt=${2n ** 64n}`)).text).toBe("null");
      const noIdentity = rows((await ledger.call("GET", "/balances?identity_id_isnull=true&limit=100")).text);
      expect(noIdentity).toHaveLength(8);
      const either = rows(
        (
          await ledger.call(
            "GET",
            `/balances?ledger_id_eq=${otherLedger}&currency_eq=USD&logical_operator=or`,
          )
        ).text,
      );
      expect(either).toHaveLength(8);
      expect((await ledger.call("GET", "/balances?currency_eq=ZZZNONE")).text).toBe("null");
      expect(rows((await ledger.call("GET", "/balances?currency=USD")).text)).toHaveLength(10);
    });

    it("caps a filtered page at 1000 rows while an unfiltered one has no cap", async () => {
      await ledger.db.query(
        `INSERT INTO balances (balance_id, ledger_id, currency, created_at)
         SELECT 'bln_bulk_' || n, $1, 'BULK', '2020-01-01'::timestamptz + n * interval '1 second'
           FROM generate_series(1, 1001) AS n`,
        [otherLedger],
      );
      try {
        expect(rows((await ledger.call("GET", "/balances?currency_eq=BULK&limit=5000")).text)).toHaveLength(
          1000,
        );
        expect(rows((await ledger.call("GET", "/balances?limit=5000")).text)).toHaveLength(1013);
      } finally {
        await ledger.db.query("DELETE FROM balances WHERE currency = 'BULK'");
      }
    });

    it("answers bad query filters with Core's errors", async () => {
      const logical = await ledger.call("GET", "/balances?currency_eq=USD&logical_operator=xor");
      expect(logical.status).toBe(400);
      const problems = [
        { Param: "logical_operator", Message: "invalid logical_operator: must be 'and' or 'or'" },
      ];
      expect(plain(logical.text)).toEqual({
        errors: problems,
        error_detail: {
          code: "GEN_VALIDATION_ERROR",
          message: "invalid filter parameters",
          details: problems,
        },
      });
      const field = await ledger.call("GET", "/balances?colour_eq=red");
      expect(field.status).toBe(400);
      expect(plain(field.text)).toMatchObject({ error_detail: { code: "GEN_BAD_REQUEST" } });
    });
  });

  describe("POST /balances/filter", () => {
    const filter = (body: unknown) => ledger.call("POST", "/balances/filter", JSON.stringify(body));
    const idsOf = (text: string) => rows(text).map((row) => row.balance_id);

    it("filters by currency and ledger with list-row fields, newest first", async () => {
      const response = await filter({
        filters: [
          { field: "currency", operator: "eq", value: "EUR" },
          { field: "ledger_id", operator: "eq", value: mainLedger },
        ],
      });
      expect(response.status).toBe(200);
      expect(idsOf(response.text)).toEqual(["b10", "b08", "b04", "b02"].map((n) => ids[n]));
      expect(rows(response.text)[0]).toMatchObject({ version: 0, track_fund_lineage: false });
      expect(response.text).not.toContain("allocation_strategy");
    });

    it("compares amounts beyond 2^64 exactly when sent as strings, and bare numbers as float64", async () => {
      const raw = (op: string, value: string) =>
        ledger.call(
          "POST",
          "/balances/filter",
          `{"filters":[{"field":"credit_balance","operator":"${op}",${value}}]}`,
        );
      // A string reaches Postgres as text, which it reads as the column's numeric.
      expect(idsOf((await raw("eq", `"value":"${BEYOND_U64}"`)).text)).toEqual([ids.b07]);
      expect((await raw("eq", `"value":"${BEYOND_U64 - 1n}"`)).text).toBe("null");
      expect(idsOf((await raw("in", `"values":["${BEYOND_U64}","300"]`)).text)).toEqual([ids.b07, ids.b03]);
      expect(idsOf((await raw("gt", `"value":"${2n ** 64n}"`)).text)).toEqual([ids.b07]);
      // Go decodes a bare number into a float64: 2^64 + 5 is 2^64, written 18446744073709552000.
      expect((await raw("eq", `"value":${BEYOND_U64}`)).text).toBe("null");
      expect((await raw("gte", `"value":${BEYOND_U64}`)).text).toBe("null");
      expect(idsOf((await raw("in", `"values":[${BEYOND_U64},300]`)).text)).toEqual([ids.b03]);
    });

    it("filters on a missing identity and on a metadata key", async () => {
      const noIdentity = await filter({
        filters: [{ field: "identity_id", operator: "isnull" }],
        limit: 100,
      });
      expect(idsOf(noIdentity.text)).toHaveLength(8);
      const gold = await filter({ filters: [{ field: "meta_data.tier", operator: "eq", value: "gold" }] });
      expect(idsOf(gold.text)).toEqual([ids.b02, ids.b01]);
    });

    it("sorts by balance ascending and pages with limit and offset", async () => {
      const response = await filter({
        filters: [{ field: "currency", operator: "eq", value: "USD" }],
        sort_by: "balance",
        sort_order: "asc",
        limit: 3,
        offset: 1,
      });
      // USD balances: b01 100, b03 300, b05 499, b09 900, b11 1100, b07 2^64+5.
      expect(idsOf(response.text)).toEqual([ids.b03, ids.b05, ids.b09]);
    });

    it("wraps results with include_count, omitting total_count when nothing matches", async () => {
      const counted = await filter({
        filters: [{ field: "currency", operator: "eq", value: "USD" }],
        include_count: true,
        limit: 2,
      });
      const body = plain(counted.text) as { data: Row[]; total_count: number };
      expect(body.total_count).toBe(6);
      expect(body.data).toHaveLength(2);
      expect(counted.text.endsWith(',"total_count":6}')).toBe(true);
      const none = await filter({
        filters: [{ field: "currency", operator: "eq", value: "XXX" }],
        include_count: true,
      });
      expect(none.text).toBe('{"data":null}');
      expect((await filter({ filters: [{ field: "currency", operator: "eq", value: "XXX" }] })).text).toBe(
        "null",
      );
    });

    it("answers bad bodies and filters with 400", async () => {
      const broken = await ledger.call("POST", "/balances/filter", "{nope");
      expect(broken.status).toBe(400);
      expect(plain(broken.text)).toMatchObject({ error_detail: { code: "GEN_VALIDATION_ERROR" } });
      const operator = await filter({ filters: [{ field: "currency", operator: "near", value: "USD" }] });
      expect(operator.status).toBe(400);
      expect(plain(operator.text)).toMatchObject({ error_detail: { code: "GEN_BAD_REQUEST" } });
      const field = await filter({ filters: [{ field: "version", operator: "eq", value: 1 }] });
      expect(field.status).toBe(400);
      const logical = await filter({ filters: [], logical_operator: "xor" });
      expect(logical.status).toBe(400);
    });
  });
});
