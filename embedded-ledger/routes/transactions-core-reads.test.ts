// The transaction read routes against Core's code, point by point: GET /transactions/:id, GET
// /transactions/reference/:reference, GET /transactions and POST /transactions/filter. Core paths are from the
// mirror at cba0072 (after v0.15.2); each test names the lines it reproduces.
import { describe, expect, it } from "vitest";
import { coreProfile } from "../http/profile";
import { encodingErrorDetails } from "../storage/db";
import { errorBody } from "../testing/errors";
import { testLedgerForFile } from "../testing/ledger";
import {
  exactJson,
  expectTransactionNotFound,
  insertBalance,
  insertLedger,
  transactionSuite,
  uniqueRef,
} from "../testing/transaction-fixtures";

const { ledger, newBalance, post: postTransaction, storedPreciseAmount } = transactionSuite();

/** Numbers as number when safe, bigint otherwise, so toEqual compares exact values. */
const exact = (text: string) => exactJson<Record<string, unknown>>(text);

type Txn = { transaction_id: string; reference: string; parent_transaction: string; status: string };

const ZERO = "0001-01-01T00:00:00Z";
/** 40 digits: past u128, past a double's 17 significant digits. */
const FORTY = 1234567890123456789012345678901234567890n;

async function post(body: Record<string, unknown>) {
  const response = await postTransaction({
    currency: "USD",
    reference: uniqueRef("core"),
    description: "core read",
    allow_overdraft: true,
    ...body,
  });
  if (response.status !== 201) throw new Error(`${response.status} ${response.text}`);
  return response;
}

/** A transfer from @World into a new balance, with post's defaults and `fields`: the balance and the answer. */
async function fromWorld(fields: Record<string, unknown>) {
  const destination = await newBalance();
  const created = await post({ source: "@World", destination, ...fields });
  const txn = created.json as Txn;
  return { destination, txn, id: txn.transaction_id };
}

const filter = (body: Record<string, unknown>) =>
  ledger.call("POST", "/transactions/filter", JSON.stringify(body));
const idsOf = (rows: unknown) => (rows as Txn[]).map((row) => row.transaction_id);

describe("the fields each read route answers", () => {
  it("GET /transactions/:id: only the columns Core selects, flags as Core stores them", async () => {
    // database/transaction_queries.go:40-44 selects no effective_date, allow_overdraft, inflight or
    // inflight_expiry_date; Core keeps allow_overdraft in meta_data (transaction_queue.go:365-367), and
    // amount_string (omitempty, model/transaction.go:60) is only set when a request is converted.
    const { destination, txn, id } = await fromWorld({
      amount: 12.5,
      precision: 100,
      meta_data: { channel: "api" },
    });
    const response = await ledger.call("GET", `/transactions/${id}`);
    expect(response.status).toBe(200);
    const json = exact(response.text);
    expect(json).toEqual({
      precise_amount: 1250,
      amount: 12.5,
      precision: 100,
      overdraft_limit: 0,
      transaction_id: id,
      parent_transaction: "",
      source: expect.stringMatching(/^bln_/),
      destination,
      reference: txn.reference,
      currency: "USD",
      description: "core read",
      status: "APPLIED",
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      allow_overdraft: false,
      inflight: false,
      skip_queue: false,
      atomic: false,
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/),
      scheduled_for: ZERO,
      inflight_expiry_date: ZERO,
      inflight_commit_date: ZERO,
      meta_data: { allow_overdraft: true, channel: "api" },
    });
    // Go struct order (model/transaction.go:56-86), map keys sorted (encoding/json).
    expect(Object.keys(json)).toEqual([
      "precise_amount",
      "amount",
      "precision",
      "overdraft_limit",
      "transaction_id",
      "parent_transaction",
      "source",
      "destination",
      "reference",
      "currency",
      "description",
      "status",
      "hash",
      "allow_overdraft",
      "inflight",
      "skip_queue",
      "atomic",
      "created_at",
      "scheduled_for",
      "inflight_expiry_date",
      "inflight_commit_date",
      "meta_data",
    ]);
  });

  it("GET /transactions/reference/:reference: no precision and no hash (read as 0 and '')", async () => {
    // database/transaction_queries.go:220-224 selects neither column (nor effective_date).
    const destination = await newBalance();
    const created = await post({ source: "@World", destination, amount: 3, precision: 100 });
    const txn = created.json as Txn;
    const json = exact((await ledger.call("GET", `/transactions/reference/${txn.reference}`)).text);
    expect(json).toMatchObject({
      transaction_id: txn.transaction_id,
      precise_amount: 300,
      amount: 3,
      precision: 0,
      hash: "",
      allow_overdraft: false,
      meta_data: { allow_overdraft: true },
    });
    expect(json).not.toHaveProperty("effective_date");
    expect(json).not.toHaveProperty("amount_string");
  });

  it("GET /transactions and POST /transactions/filter: effective_date, precision and hash, no amount_string", async () => {
    // database/transaction_queries.go:276-281 and database/transaction_filters.go:74 select the same columns.
    const destination = await newBalance();
    const created = await post({ source: "@World", destination, precise_amount: 7, precision: 100 });
    const txn = created.json as Txn;
    const listed = await ledger.call("GET", "/transactions?limit=1");
    const filtered = await filter({
      filters: [{ field: "reference", operator: "eq", value: txn.reference }],
    });
    const queried = await ledger.call("GET", `/transactions?reference_eq=${txn.reference}`);
    for (const text of [listed.text, filtered.text, queried.text]) {
      const [row] = exact(text) as unknown as Record<string, unknown>[];
      expect(row).toMatchObject({
        transaction_id: txn.transaction_id,
        precision: 100,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        effective_date: row?.created_at,
        inflight_expiry_date: ZERO,
        allow_overdraft: false,
      });
      expect(row).not.toHaveProperty("amount_string");
    }
    expect(filtered.text).toBe(listed.text);
  });

  it("a hold reads inflight: true (lifted from meta_data) and no expiry date", async () => {
    // transaction_queue.go:359-361 stores meta_data.inflight; api/transactions.go:73-84 lifts it to `inflight`
    // and deletes it; no read selects inflight_expiry_date.
    const { id } = await fromWorld({
      amount: 1,
      inflight: true,
      inflight_expiry_date: "2099-01-01T00:00:00Z",
    });
    for (const route of [`/transactions/${id}`, `/transactions?transaction_id_eq=${id}`]) {
      const text = (await ledger.call("GET", route)).text;
      const row = (route.includes("?") ? exact(text)[0] : exact(text)) as Record<string, unknown>;
      expect(row).toMatchObject({ status: "INFLIGHT", inflight: true, inflight_expiry_date: ZERO });
      expect(row.meta_data).toEqual({ allow_overdraft: true });
    }
  });

  it("lifts a caller's meta_data.inflight: true too, and drops an emptied map", async () => {
    // api/transactions.go:73-86: any boolean true under meta_data.inflight moves to the top level, and a map
    // left empty is dropped (Core always stores at least `{}`, transaction_queue.go:353-355).
    const source = await newBalance();
    const destination = await newBalance();
    await post({ source: "@World", destination: source, amount: 5 });
    const lifted = await post({
      source,
      destination,
      amount: 1,
      allow_overdraft: false,
      meta_data: { inflight: true },
    });
    const json = exact(
      (await ledger.call("GET", `/transactions/${(lifted.json as Txn).transaction_id}`)).text,
    );
    expect(json).toMatchObject({ status: "APPLIED", inflight: true });
    expect(json).not.toHaveProperty("meta_data");
    const kept = await post({
      source,
      destination,
      amount: 1,
      allow_overdraft: false,
      meta_data: { inflight: "yes" },
    });
    const other = exact(
      (await ledger.call("GET", `/transactions/${(kept.json as Txn).transaction_id}`)).text,
    );
    expect(other).toMatchObject({ inflight: false, meta_data: { inflight: "yes" } });
  });

  it("shows created_at to the microsecond, trailing zeros trimmed, as Go's RFC3339Nano", async () => {
    // sql/1708676327.sql:113 `created_at TIMESTAMP` keeps microseconds; Go marshals time.Time as RFC3339Nano.
    const destination = await newBalance();
    const cases = [
      ["2026-03-01T10:00:00.123456Z", "2026-03-01T10:00:00.123456Z"],
      ["2026-03-01T10:00:00.120000Z", "2026-03-01T10:00:00.12Z"],
      ["2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z"],
    ];
    for (const [stored, shown] of cases) {
      const id = (await post({ source: "@World", destination, amount: 1 }).then((r) => r.json as Txn))
        .transaction_id;
      await ledger.db.query(
        "UPDATE transactions SET created_at = $2::timestamptz, effective_date = $2::timestamptz WHERE transaction_id = $1",
        [id, stored],
      );
      expect(exact((await ledger.call("GET", `/transactions/${id}`)).text).created_at).toBe(shown);
      const [row] = exact(
        (await ledger.call("GET", `/transactions?transaction_id_eq=${id}`)).text,
      ) as unknown as {
        created_at: string;
        effective_date: string;
      }[];
      expect(row).toMatchObject({ created_at: shown, effective_date: shown });
    }
  });
});

describe("a 40-digit precise_amount", () => {
  it("round-trips exactly through every read route", async () => {
    const destination = await newBalance("BIG40");
    const created = await post({ source: "@World", destination, precise_amount: FORTY, currency: "BIG40" });
    const txn = created.json as Txn;
    const bare = `"precise_amount":${FORTY},`;
    expect(created.text).toContain(bare);
    const reads = [
      await ledger.call("GET", `/transactions/${txn.transaction_id}`),
      await ledger.call("GET", `/transactions/reference/${txn.reference}`),
      await ledger.call("GET", "/transactions?limit=1"),
      await ledger.call("GET", `/transactions?currency_eq=BIG40`),
      await filter({ filters: [{ field: "balance_id", operator: "eq", value: destination }] }),
      await filter({ filters: [{ field: "currency", operator: "eq", value: "BIG40" }], include_count: true }),
    ];
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(read.text).toContain(bare);
      expect(read.text).toContain('"amount":1.2345678901234568e+39,');
    }
    expect(await storedPreciseAmount(txn.transaction_id)).toBe(FORTY);
  });
});

describe("not found, and IDs with odd characters", () => {
  it("answers an unknown ID or reference with Core's 404 and empty details", async () => {
    await expectTransactionNotFound(ledger);
  });

  it("unescapes the path as Go does, then looks the value up (spaces, quotes, non-ASCII)", async () => {
    // Go's server unescapes URL.Path and gin (gin.New(), api/api.go:166: UseRawPath off) routes on it.
    const destination = await newBalance();
    const reference = `ref with space 'quote' ü ${uniqueRef()}`;
    const created = await post({ source: "@World", destination, amount: 1, reference });
    const found = await ledger.call("GET", `/transactions/reference/${encodeURIComponent(reference)}`);
    expect(found.status).toBe(200);
    expect((found.json as Txn).transaction_id).toBe((created.json as Txn).transaction_id);
    const missing = await ledger.call("GET", "/transactions/txn%20%27x%27%C3%BC");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual(errorBody("TXN_NOT_FOUND", "Transaction with ID 'txn 'x'ü' not found", {}));
    // An escaped letter in a literal segment still names the route.
    const id = (created.json as Txn).transaction_id;
    expect((await ledger.call("GET", `/transaction%73/${id}`)).status).toBe(200);
  });

  it("takes an escaped slash as a separator: gin's plain 404, for an ID and for a reference", async () => {
    const destination = await newBalance();
    const reference = `with/slash-${uniqueRef()}`;
    await post({ source: "@World", destination, amount: 1, reference });
    for (const route of [
      "/transactions/txn%2Fx",
      `/transactions/reference/${encodeURIComponent(reference)}`,
    ]) {
      const response = await ledger.call("GET", route);
      expect(response.status).toBe(404);
      expect(response.text).toBe("404 page not found");
    }
    // The row is still there for the filter route.
    const rows = (await filter({ filters: [{ field: "reference", operator: "eq", value: reference }] })).json;
    expect((rows as Txn[]).map((row) => row.reference)).toEqual([reference]);
  });

  it("answers a NUL or bytes that are not UTF-8 with Core's 500: Postgres refuses the parameter", async () => {
    // database/transaction_queries.go:58-59: any error but sql.ErrNoRows is INTERNAL_SERVER_ERROR "Failed to
    // retrieve transaction" with the *pq.Error as details; api/errors.go:116-117 writes it as GEN_INTERNAL, 500.
    const cases: [string, string][] = [
      ["/transactions/txn%00x", "0x00"],
      ["/transactions/%FF", "0xff"],
      ["/transactions/reference/ref%C3%28", "0xc3 0x28"],
      ["/transactions/reference/%E2%82", "0xe2 0x82"],
    ];
    for (const [route, bytes] of cases) {
      const response = await ledger.call("GET", route);
      expect(response.status).toBe(500);
      const message = "Failed to retrieve transaction";
      const details = encodingErrorDetails(`invalid byte sequence for encoding "UTF8": ${bytes}`);
      expect(response.json).toEqual(errorBody("GEN_INTERNAL", message, details));
    }
  });

  it("reports the NUL exactly as this Postgres does", async () => {
    const error: Record<string, unknown> | undefined = await ledger.db
      .query("SELECT 1 FROM transactions WHERE transaction_id = $1", ["txn\u0000x"])
      .then(
        () => undefined,
        (caught: unknown) => caught as Record<string, unknown>,
      );
    const expected = encodingErrorDetails('invalid byte sequence for encoding "UTF8": 0x00');
    expect({ code: error?.code, where: error?.where, file: error?.file, line: error?.line }).toEqual({
      code: expected.Code,
      where: expected.Where,
      file: expected.File,
      line: expected.Line,
    });
    expect(error?.routine).toBe(expected.Routine);
  });

  it("answers a malformed escape with Go's own bare 400, before routing", async () => {
    // net/http server.go readRequest: url.ParseRequestURI fails, the server writes "400 Bad Request".
    for (const route of ["/transactions/%ZZ", "/transactions/reference/100%", "/nope/%G1"]) {
      const response = await ledger.call("GET", route);
      expect(response.status).toBe(400);
      expect(response.text).toBe("400 Bad Request");
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });
});

describe("GET /transactions: limit and offset", () => {
  const many = testLedgerForFile({
    setUp: async () => {
      const ledgerId = await insertLedger(many.db);
      const [a, b] = [
        await insertBalance(many.db, ledgerId, "USD"),
        await insertBalance(many.db, ledgerId, "USD"),
      ];
      // 1,005 rows one second apart, newest last (seq 1005).
      await many.db.query(
        `INSERT INTO transactions (transaction_id, source, destination, reference, amount, precise_amount, currency,
           description, status, created_at, effective_date)
         SELECT 'txn_lim_' || lpad(i::text, 5, '0'), $1, $2, 'lim-' || i, 1, 1, 'USD', 'd', 'APPLIED',
                timestamptz '2026-01-01' + make_interval(secs => i), timestamptz '2026-01-01' + make_interval(secs => i)
         FROM generate_series(1, 1005) AS i`,
        [a, b],
      );
    },
  });
  const seqs = async (query: string) => {
    const response = await many.call("GET", `/transactions${query}`);
    expect(response.status).toBe(200);
    return (response.json as Txn[]).map((row) => Number(row.reference.slice(4)));
  };

  it("parses them like strconv.Atoi, falling back to 20 and 0", async () => {
    // api/transactions.go:358-369.
    const newest = (count: number, skip = 0) => Array.from({ length: count }, (_, i) => 1005 - skip - i);
    expect(await seqs("")).toEqual(newest(20));
    expect(await seqs("?limit=%2B3&offset=%2B2")).toEqual(newest(3, 2));
    // A bare `+` is a space once the query is decoded (Go's url.ParseQuery too), so Atoi refuses it.
    expect(await seqs("?limit=+3")).toEqual(newest(20));
    expect(await seqs("?limit=003&offset=0002")).toEqual(newest(3, 2));
    for (const bad of ["0", "-1", "abc", "1.5", " 3", "0x10", "", "9223372036854775808"]) {
      expect(await seqs(`?limit=${encodeURIComponent(bad)}`)).toEqual(newest(20));
    }
    expect(await seqs("?limit=2&offset=-4")).toEqual(newest(2));
    expect(await seqs("?limit=2&offset=9223372036854775808")).toEqual(newest(2));
    // Within int64 a huge value is taken as it is: every row, or none.
    expect((await seqs("?limit=9223372036854775807")).length).toBe(1005);
    expect(await seqs("?limit=2&offset=9223372036854775807")).toEqual([]);
    expect(await seqs("?limit=2&offset=1004")).toEqual([1]);
  });

  it("has no maximum without filters, and caps at 1000 with them", async () => {
    // database/transaction_queries.go:276-281 (LIMIT as given) vs database/transaction_filters.go:56-58.
    expect((await seqs("?limit=5000")).length).toBe(1005);
    expect((await seqs("?limit=5000&currency_eq=USD")).length).toBe(1000);
    expect((await seqs("?limit=3&currency_eq=USD")).length).toBe(3);
  });

  it("answers a value Postgres refuses with Core's 500 and the driver's error", async () => {
    // database/transaction_filters.go:110-113: a failed query is INTERNAL_SERVER_ERROR "Failed to retrieve
    // transactions", details the *pq.Error.
    const response = await many.call("GET", "/transactions?created_at_eq=2026-13-45");
    expect(response.status).toBe(500);
    expect(response.json).toMatchObject({
      error: "Failed to retrieve transactions",
      error_detail: {
        code: "GEN_INTERNAL",
        message: "Failed to retrieve transactions",
        details: { Severity: "ERROR", Code: "22008" },
      },
    });
  });
});

describe("POST /transactions/filter", () => {
  // Per fixture set: a queued pair (profile 0.15.2 queues by default), a hold with a partial commit and a
  // second hold voided, so parent_transaction links every kind of child.
  const queued = testLedgerForFile({ profile: coreProfile("0.15.2") });
  const call = (body: Record<string, unknown>) =>
    queued.call("POST", "/transactions/filter", JSON.stringify(body));
  const rowsOf = async (body: Record<string, unknown>) => {
    const response = await call(body);
    expect(response.status).toBe(200);
    return response.json as Txn[];
  };

  async function fixtures() {
    const ledgerId = await insertLedger(queued.db);
    const customer = await insertBalance(queued.db, ledgerId, "EUR");
    const send = async (body: Record<string, unknown>) => {
      const response = await queued.call(
        "POST",
        "/transactions",
        JSON.stringify({
          currency: "EUR",
          reference: uniqueRef("flt"),
          description: "filter",
          allow_overdraft: true,
          source: "@World",
          destination: customer,
          amount: 10,
          ...body,
        }),
      );
      expect(response.status).toBe(201);
      return response.json as Txn;
    };
    const original = await send({});
    const hold = await send({ inflight: true, skip_queue: true });
    const commit = await queued.call(
      "PUT",
      `/transactions/inflight/${hold.transaction_id}`,
      JSON.stringify({ status: "commit", amount: 4 }),
    );
    expect(commit.status).toBe(200);
    const second = await send({ inflight: true, skip_queue: true });
    const voided = await queued.call(
      "PUT",
      `/transactions/inflight/${second.transaction_id}`,
      JSON.stringify({ status: "void" }),
    );
    expect(voided.status).toBe(200);
    return {
      customer,
      original,
      hold,
      second,
      commitId: (commit.json as Txn).transaction_id,
      voidId: (voided.json as Txn).transaction_id,
    };
  }

  it("filters on parent_transaction with eq and in, on status, reference and balance_id", async () => {
    // internal/filter/sql_builder.go:136-138 (eq) and :175-191 (in: `= ANY($n)` for strings);
    // internal/filter/sql_special.go:19-34 (balance_id: source OR destination).
    const f = await fixtures();
    const child = await rowsOf({
      filters: [{ field: "parent_transaction", operator: "eq", value: f.original.transaction_id }],
    });
    expect(child.map((row) => [row.reference, row.status])).toEqual([
      [`${f.original.reference}_q`, "APPLIED"],
    ]);
    const settled = await rowsOf({
      filters: [
        {
          field: "parent_transaction",
          operator: "in",
          values: [f.hold.transaction_id, f.second.transaction_id],
        },
      ],
    });
    expect(settled.map((row) => row.transaction_id)).toEqual([f.voidId, f.commitId]);
    expect(settled.map((row) => row.parent_transaction)).toEqual([
      f.second.transaction_id,
      f.hold.transaction_id,
    ]);
    const holds = await rowsOf({
      filters: [
        { field: "status", operator: "eq", value: "INFLIGHT" },
        { field: "balance_id", operator: "eq", value: f.customer },
      ],
    });
    expect(holds.map((row) => row.transaction_id)).toEqual([f.second.transaction_id, f.hold.transaction_id]);
    const byRef = await rowsOf({
      filters: [{ field: "reference", operator: "in", values: [f.original.reference, "nope"] }],
    });
    expect(byRef.map((row) => [row.transaction_id, row.status])).toEqual([
      [f.original.transaction_id, "QUEUED"],
    ]);
    // Roots carry "" (Core inserts the empty string, database/transaction.go:58-60), so eq "" finds them.
    const roots = await rowsOf({
      filters: [
        { field: "parent_transaction", operator: "eq", value: "" },
        { field: "balance_id", operator: "eq", value: f.customer },
      ],
    });
    expect(roots.map((row) => row.transaction_id)).toEqual([
      f.second.transaction_id,
      f.hold.transaction_id,
      f.original.transaction_id,
    ]);
  });

  it("sorts by created_at either way, ignores an unknown sort_by and coerces a bad sort_order", async () => {
    // api/filter_helper.go:102-116; internal/filter/sql_builder.go:460-473.
    const f = await fixtures();
    const mine = [{ field: "balance_id", operator: "eq", value: f.customer }];
    const desc = (await rowsOf({ filters: mine, sort_by: "created_at", sort_order: "desc" })).map(
      (row) => row.transaction_id,
    );
    expect(desc).toHaveLength(6);
    expect(desc[0]).toBe(f.voidId);
    const asc = (await rowsOf({ filters: mine, sort_by: " Created_At ", sort_order: "ASC" })).map(
      (row) => row.transaction_id,
    );
    expect(asc).toEqual([...desc].reverse());
    for (const extra of [{ sort_by: "nope" }, { sort_order: "sideways" }, {}]) {
      expect((await rowsOf({ filters: mine, ...extra })).map((row) => row.transaction_id)).toEqual(desc);
    }
  });

  it("counts with include_count, omits total_count on an empty page, and clamps limit and offset", async () => {
    // api/transactions.go:454-458 and api/filter_helper.go:76-80 (FilterResponse, total_count omitempty,
    // from COUNT(*) OVER() in database/transaction_filters.go:75-77); limit ≤0 or >100 → 20 and offset <0 → 0
    // (api/filter_helper.go:92-100).
    await fixtures();
    const f = await fixtures();
    const mine = [{ field: "balance_id", operator: "eq", value: f.customer }];
    const counted = await call({ filters: mine, include_count: true, limit: 2, offset: 1 });
    expect(counted.text).toMatch(/^\{"data":\[.*\],"total_count":6\}$/);
    expect(idsOf((counted.json as { data: unknown }).data)).toHaveLength(2);
    const past = await call({ filters: mine, include_count: true, offset: 50 });
    expect(past.text).toBe('{"data":[]}');
    const none = await call({ filters: [{ field: "status", operator: "eq", value: "NOPE" }] });
    expect(none.text).toBe("[]");
    const total = (await rowsOf({ limit: 100 })).length;
    expect(total).toBeGreaterThan(20);
    for (const limit of [0, -3, 101, 1000]) expect((await rowsOf({ limit })).length).toBe(20);
    expect(idsOf(await rowsOf({ filters: mine, offset: -5, limit: 3 }))).toEqual(
      idsOf(await rowsOf({ filters: mine, limit: 3 })),
    );
  });

  it("answers a value Postgres refuses with Core's 500", async () => {
    // database/transaction_filters.go:110-113, as for GET.
    const response = await call({ filters: [{ field: "created_at", operator: "gt", value: "not-a-time" }] });
    expect(response.status).toBe(500);
    expect(response.json).toMatchObject({
      error: "Failed to retrieve transactions",
      error_detail: { code: "GEN_INTERNAL", details: { Severity: "ERROR", Code: "22007" } },
    });
  });

  it("pages newest first without repeating or skipping across pages", async () => {
    const all = idsOf(await rowsOf({ limit: 100 }));
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 3)
      paged.push(...idsOf(await rowsOf({ limit: 3, offset })));
    expect(paged).toEqual(all);
  });
});
