import { parse } from "lossless-json";
import { describe, expect, it } from "vitest";
import type { Transaction } from "@/lib/blnk";
import { IDENTITY_ID, individualJson, LEDGER_ID } from "@/lib/blnk/test-fixtures";
import {
  coreError,
  json,
  type RecordedRequest,
  type StubResponse,
  testServerForFile,
} from "@/lib/blnk/test-server";
import { rawJsonText } from "@/lib/format/raw-json";
import {
  findByReference,
  loadLifecycle,
  loadTransaction,
  loadTransactionCount,
  loadTransactionSummary,
  loadTransactionsList,
  TRANSACTION_ID,
  toTransactionRow,
} from "./queries";

// The Transactions pages' loaders against a stub Core answering with its own JSON shapes (blnk-api.md §4,
// core-compat.md §3.4): amounts beyond 2^64 as bare integers, filter rows of Core 0.13.2–0.15.0 with an empty
// parent_transaction (the queue's link in meta_data.QUEUED_PARENT_TRANSACTION), counts absent on 0 rows.
const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "" } });

const PRECISE_40 = "1234567890123456789012345678901234567890";
const PRECISE_40_USD = "12,345,678,901,234,567,890,123,456,789,012,345,678.90 USD";
const BALANCE = "bln_0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
const id = (n: number) => `txn_0a000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

type Row = {
  id: string;
  reference?: string;
  status?: string;
  /** The parent_transaction column (empty on filter rows before Core 0.15.1). */
  parent?: string;
  /** meta_data.QUEUED_PARENT_TRANSACTION, as Core's queue writes it on an original and its copies. */
  queuedParent?: string;
  createdAt?: string;
  precise?: string;
  source?: string;
  destination?: string;
  /** `effective_date`, which GET /transactions/:id does not select. */
  effectiveDate?: string;
};

/** A transaction as Core serializes it (model.Transaction field order). */
function txnJson(row: Row): string {
  const meta = row.queuedParent ? `{"QUEUED_PARENT_TRANSACTION":"${row.queuedParent}"}` : "null";
  const effective = row.effectiveDate ? `"effective_date":"${row.effectiveDate}",` : "";
  return `{"precise_amount":${row.precise ?? "184467440737095516210"},"amount":1.8446744073709552e+18,
"amount_string":"1844674407370955162.10","precision":100,"overdraft_limit":0,"transaction_id":"${row.id}",
"parent_transaction":"${row.parent ?? ""}","source":"${row.source ?? BALANCE}",
"destination":"${row.destination ?? "@World"}","reference":"${row.reference ?? `ref-${row.id.slice(-4)}`}",
"currency":"USD","description":"payout","status":"${row.status ?? "APPLIED"}","hash":"h","allow_overdraft":false,
"inflight":false,"skip_queue":false,"atomic":false,"created_at":"${row.createdAt ?? "2026-06-20T10:00:00Z"}",
${effective}"scheduled_for":"0001-01-01T00:00:00Z","inflight_expiry_date":"0001-01-01T00:00:00Z",
"inflight_commit_date":"0001-01-01T00:00:00Z","meta_data":${meta}}`;
}
const list = (rows: Row[]) => `[${rows.map(txnJson).join(",")}]`;

type Filter = { field: string; operator: string; value?: string; values?: string[] };
type FilterBody = {
  filters: Filter[];
  include_count: boolean;
  limit: number;
  offset: number;
  sort_by?: string;
  sort_order?: string;
};
const bodyOf = (request: RecordedRequest | undefined) => JSON.parse(request?.body ?? "{}") as FilterBody;
const filterCalls = () => server.requests.filter((request) => request.path === "/transactions/filter");
const filterOn = (body: FilterBody, field: string) => body.filters.find((filter) => filter.field === field);
/** The page's rows, and `copies` for the lookup of lone QUEUED originals' copies (by parent_transaction). */
const serveWithCopies = (rows: Row[], copies: StubResponse) =>
  server.on("POST /transactions/filter", (request) =>
    filterOn(bodyOf(request), "parent_transaction") ? copies : json(200, list(rows)),
  );
async function listedIds(pageNumber: number): Promise<string[]> {
  const result = await loadTransactionsList({ page: pageNumber });
  if (!result.ok) throw new Error(result.error.message);
  return result.data.rows.map((row) => row.id);
}

/** Rows newest first, one minute apart, counting down from 12:00. */
function page(count: number, from = 1): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: id(from + index),
    createdAt: `2026-06-20T${String(11 - Math.floor(index / 60)).padStart(2, "0")}:${String(59 - (index % 60)).padStart(2, "0")}:00Z`,
  }));
}

const notFound = (what: string) =>
  `{"error":"Transaction with ${what} not found","error_detail":{"code":"TXN_NOT_FOUND","message":"Transaction with ${what} not found","details":{}}}`;
const internalError =
  '{"error":"internal server error","error_detail":{"code":"GEN_INTERNAL","message":"internal server error"}}';

describe("loadTransactionsList", () => {
  it("asks once for 21 rows newest first without a count, and shows the rows from that one call", async () => {
    const rows = page(21);
    rows[0] = { ...(rows[0] as Row), precise: PRECISE_40 };
    // A queued pair on the page, as Core 0.13.2–0.15.0 lists it: the copy names its parent only in meta_data.
    rows[4] = { id: id(105), reference: "pay-1_q", queuedParent: id(106), createdAt: "2026-06-20T11:55:00Z" };
    rows[5] = {
      id: id(106),
      reference: "pay-1",
      status: "QUEUED",
      queuedParent: id(106),
      createdAt: "2026-06-20T11:55:00Z",
    };
    server.on("POST /transactions/filter", json(200, list(rows)));

    const result = await loadTransactionsList({ page: 3 });
    if (!result.ok) throw new Error(result.error.message);

    expect(server.requests).toHaveLength(1);
    expect(bodyOf(server.requests[0])).toEqual({
      filters: [],
      include_count: false,
      limit: 21,
      offset: 40,
      sort_by: "created_at",
      sort_order: "desc",
    });
    expect(result.data).toMatchObject({ page: 3, pageSize: 20, hasNext: true });
    const ids = result.data.rows.map((row) => row.id);
    // 20 rows shown minus the queued original; the 21st row only says a next page exists.
    expect(ids).toEqual(
      rows
        .slice(0, 20)
        .map((row) => row.id)
        .filter((rowId) => rowId !== id(106)),
    );
    expect(ids).not.toContain(rows[20]?.id);
    expect(result.data.rows.filter((row) => row.reference.startsWith("pay-1"))).toHaveLength(1);
    const [first] = result.data.rows;
    expect(first?.amount.text).toBe(PRECISE_40_USD);
    expect(first?.amount.raw).toBe(PRECISE_40);
    expect(first).toMatchObject({
      source: BALANCE,
      destination: "@World",
      sourceCount: 1,
      destinationCount: 1,
      status: "APPLIED",
      currency: "USD",
    });
  });

  it("knows the last page from a short answer, and asks for page 1 at offset 0", async () => {
    server.on("POST /transactions/filter", json(200, list(page(20))));
    const result = await loadTransactionsList({ page: 1 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.hasNext).toBe(false);
    expect(result.data.rows).toHaveLength(20);
    expect(bodyOf(server.requests[0]).offset).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it("looks up lone QUEUED originals in one parent_transaction call: drops one whose copy exists, keeps one still waiting", async () => {
    const rows = page(20);
    // The copy of the first is on the newer page; the second's worker has not run yet.
    rows[18] = { id: id(119), reference: "pay-2", status: "QUEUED", queuedParent: id(119) };
    rows[19] = { id: id(120), reference: "pay-3", status: "QUEUED", queuedParent: id(120) };
    serveWithCopies(rows, json(200, list([{ id: id(900), reference: "pay-2_q", parent: id(119) }])));

    const result = await loadTransactionsList({ page: 2 });
    if (!result.ok) throw new Error(result.error.message);

    const calls = filterCalls();
    expect(calls).toHaveLength(2);
    const lookup = bodyOf(calls[1]);
    expect(lookup.filters).toEqual([
      { field: "parent_transaction", operator: "in", values: [id(119), id(120)] },
    ]);
    expect(lookup.include_count).toBe(false);
    const ids = result.data.rows.map((row) => row.id);
    expect(ids).not.toContain(id(119));
    expect(ids).toContain(id(120));
    expect(ids).toHaveLength(19);
    expect(result.data.hasNext).toBe(false);
  });

  it("finds the copy on Core 0.13.2–0.15.0 too, where the copy's row names its parent only in meta_data", async () => {
    const rows = page(3);
    rows[2] = { id: id(3), reference: "pay-4", status: "QUEUED", queuedParent: id(3) };
    serveWithCopies(rows, json(200, list([{ id: id(901), reference: "pay-4_q", queuedParent: id(3) }])));
    expect(await listedIds(5)).toEqual([id(1), id(2)]);
  });

  it("still shows the page, queued original included, when the copy lookup fails", async () => {
    const rows = page(2);
    rows[1] = { id: id(2), reference: "pay-5", status: "QUEUED", queuedParent: id(2) };
    serveWithCopies(rows, json(500, internalError));
    expect(await listedIds(1)).toEqual([id(1), id(2)]);
  });

  it("turns a failed page into a plain error", async () => {
    server.on("POST /transactions/filter", json(500, internalError));
    const result = await loadTransactionsList({ page: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: "server", status: 500 });
  });
});

describe("loadTransactionCount", () => {
  const isQueuedCount = (body: FilterBody) => filterOn(body, "status")?.value === "QUEUED";

  it("is Core's total minus the QUEUED originals, each asked with limit 1 and a count", async () => {
    server.on("POST /transactions/filter", (request) =>
      isQueuedCount(bodyOf(request))
        ? json(200, `{"data":${list(page(1))},"total_count":5}`)
        : json(200, `{"data":${list(page(1))},"total_count":42}`),
    );
    expect(await loadTransactionCount()).toEqual({ ok: true, data: 37 });
    const bodies = filterCalls().map(bodyOf);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body).toMatchObject({ include_count: true, limit: 1, offset: 0 });
    expect(bodies.filter(isQueuedCount)).toHaveLength(1);
    expect(bodies.find((body) => !isQueuedCount(body))?.filters).toEqual([]);
    expect(bodies.find(isQueuedCount)?.filters).toEqual([
      { field: "status", operator: "eq", value: "QUEUED" },
    ]);
  });

  it("is 0 when Core has no transactions (total_count is left out on 0 rows)", async () => {
    server.on("POST /transactions/filter", json(200, '{"data":[]}'));
    expect(await loadTransactionCount()).toEqual({ ok: true, data: 0 });
  });

  it("is null when Core gives no count: a read-only key reads through GET /transactions, which never counts", async () => {
    server.on(
      "POST /transactions/filter",
      coreError(403, "AUTH_INSUFFICIENT_PERMISSIONS", "Insufficient permissions for transactions:write"),
    );
    server.on("GET /transactions", json(200, list(page(1))));
    expect(await loadTransactionCount()).toEqual({ ok: true, data: null });
  });

  it("is the plain total when the QUEUED count fails, and a plain error when the total does", async () => {
    server.on("POST /transactions/filter", (request) =>
      isQueuedCount(bodyOf(request))
        ? json(500, internalError)
        : json(200, `{"data":${list(page(1))},"total_count":42}`),
    );
    expect(await loadTransactionCount()).toEqual({ ok: true, data: 42 });

    server.on("POST /transactions/filter", (request) =>
      isQueuedCount(bodyOf(request))
        ? json(200, `{"data":${list(page(1))},"total_count":5}`)
        : json(500, internalError),
    );
    const failed = await loadTransactionCount();
    expect(failed.ok).toBe(false);
  });
});

describe("loadTransaction", () => {
  it("gives the transaction and the raw record with every digit Core sent", async () => {
    const body = txnJson({ id: id(1), precise: PRECISE_40, reference: "pay-9" });
    server.on(`GET /transactions/${id(1)}`, json(200, body));
    const result = await loadTransaction(id(1));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.transaction.preciseAmount).toBe(BigInt(PRECISE_40));
    expect(result.data.transaction.parentTransaction).toBeNull();
    const text = rawJsonText(result.data.raw);
    expect(text).toContain(`"precise_amount": ${PRECISE_40},`);
    expect(text).toContain('"amount": 1.8446744073709552e+18,');
    expect(text).toContain('"meta_data": null');
    expect(parse(text)).toEqual(parse(body));
  });

  it("is not_found for Core's 404 TXN_NOT_FOUND", async () => {
    server.on(`GET /transactions/${id(2)}`, json(404, notFound(`ID '${id(2)}'`)));
    const result = await loadTransaction(id(2));
    expect(result.ok ? "found" : result.error.kind).toBe("not_found");
  });
});

describe("loadTransactionSummary", () => {
  it("gives the row, the description and both sides' owners", async () => {
    server.on(`GET /transactions/${id(3)}`, json(200, txnJson({ id: id(3), source: BALANCE })));
    server.on(
      "POST /balances/filter",
      json(
        200,
        `[{"balance":0,"version":0,"inflight_balance":0,"credit_balance":0,"inflight_credit_balance":0,
"debit_balance":0,"inflight_debit_balance":0,"ledger_id":"${LEDGER_ID}","identity_id":"${IDENTITY_ID}",
"balance_id":"${BALANCE}","currency":"USD","created_at":"2026-08-20T08:00:00Z",
"inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null,"track_fund_lineage":false}]`,
      ),
    );
    server.on("POST /identities/filter", json(200, `[${individualJson}]`));
    const result = await loadTransactionSummary(id(3));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.description).toBe("payout");
    expect(result.data.row.id).toBe(id(3));
    expect(result.data.parties).toEqual({
      [BALANCE]: { kind: "owner", balanceId: BALANCE, name: "Ada Lovelace", identityId: IDENTITY_ID },
      "@World": { kind: "internal", balanceId: null, indicator: "@World" },
    });
  });

  it("still gives the transaction when its owners cannot be looked up", async () => {
    server.on(`GET /transactions/${id(4)}`, json(200, txnJson({ id: id(4) })));
    server.on("POST /balances/filter", json(500, internalError));
    const result = await loadTransactionSummary(id(4));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.parties).toEqual({});
    expect(result.data.row.amount.raw).toBe("184467440737095516210");
  });
});

describe("toTransactionRow", () => {
  const base = (overrides: Partial<Transaction>): Transaction => ({
    id: "txn_split",
    parentTransaction: null,
    reference: "split-1",
    currency: "USD",
    preciseAmount: 123456n,
    amount: 1234.56,
    precision: 100,
    source: null,
    destination: "@World",
    status: "APPLIED",
    description: "",
    createdAt: "2026-06-20T10:00:00Z",
    effectiveDate: null,
    metadata: null,
    inflight: false,
    allowOverdraft: false,
    ...overrides,
  });
  const split = (identifier: string) => ({
    identifier,
    distribution: "50%",
    preciseDistribution: null,
    transactionId: null,
  });

  it("shows a split side as its first balance and a count, and the creation time without an effective date", () => {
    const row = toTransactionRow(base({ sources: [split("bln_a"), split("bln_b"), split("bln_c")] }));
    expect(row).toMatchObject({
      source: "bln_a",
      sourceCount: 3,
      destination: "@World",
      destinationCount: 1,
      effectiveDate: "2026-06-20T10:00:00Z",
    });
    expect(row.amount.text).toBe("1,234.56 USD");
  });

  it("uses the effective date when there is one, and counts an empty side as 0", () => {
    const row = toTransactionRow(base({ destination: null, effectiveDate: "2026-06-01T00:00:00Z" }));
    expect(row).toMatchObject({ source: null, sourceCount: 0, destination: null, destinationCount: 0 });
    expect(row.effectiveDate).toBe("2026-06-01T00:00:00Z");
  });
});

describe("findByReference", () => {
  it("finds the transaction (Core's by-reference read selects no precision: it reads 0)", async () => {
    const body = txnJson({ id: id(5), reference: "order 7 ä", precise: PRECISE_40 }).replace(
      '"precision":100',
      '"precision":0',
    );
    server.on("GET /transactions/reference/order%207%20%C3%A4", json(200, body));
    const result = await findByReference("order 7 ä");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data?.id).toBe(id(5));
    expect(result.data?.preciseAmount).toBe(BigInt(PRECISE_40));
    expect(server.requests.map((request) => request.path)).toEqual([
      "/transactions/reference/order%207%20%C3%A4",
    ]);
  });

  it("is null for Core's 404 TXN_NOT_FOUND, in each shape Core has sent it", async () => {
    const missing = "Transaction with Reference 'nope' not found";
    for (const [status, body] of [
      [404, notFound("Reference 'nope'")],
      // The next major: error_detail renamed to error.
      [404, `{"error":{"code":"TXN_NOT_FOUND","message":"${missing}"}}`],
      // Before 0.15: a 400 with the legacy prefix.
      [400, `{"error":"NOT_FOUND: ${missing}"}`],
    ] as const) {
      server.on("GET /transactions/reference/nope", json(status, body));
      expect(await findByReference("nope")).toEqual({ ok: true, data: null });
    }
  });

  it("is a failure, not 'no such reference', for a 500 or a Core without the route", async () => {
    server.on("GET /transactions/reference/boom", json(500, internalError));
    const failed = await findByReference("boom");
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error).toMatchObject({ kind: "server", status: 500 });

    // gin's plain-text 404 for an unknown route (no route registered here).
    const noRoute = await findByReference("old-core");
    expect(noRoute.ok).toBe(false);
    if (!noRoute.ok) expect(noRoute.error.kind).toBe("not_found");
  });
});

describe("loadLifecycle", () => {
  /** Core's parent_transaction filter: children of the named IDs, oldest first, as filter rows. */
  function serveFamily(family: Row[], options: { rowsNameParent?: boolean } = {}) {
    server.on("POST /transactions/filter", (request) => {
      const parents = filterOn(bodyOf(request), "parent_transaction")?.values ?? [];
      const children = family
        .filter((row) => row.parent && parents.includes(row.parent))
        .sort((a, b) => Date.parse(a.createdAt ?? "") - Date.parse(b.createdAt ?? ""))
        // Before 0.15.1 the rows do not say their parent; the filter still matches on it.
        .map((row) => (options.rowsNameParent ? row : { ...row, parent: "" }));
      return json(200, list(children));
    });
    for (const row of family) server.on(`GET /transactions/${row.id}`, json(200, txnJson(row)));
  }
  const asTransaction = async (row: Row) => {
    const result = await loadTransaction(row.id);
    if (!result.ok) throw new Error(result.error.message);
    return result.data.transaction;
  };
  /** The lifecycle of `row` as its page loads it, with only the lifecycle's own requests recorded. */
  const lifecycleOf = async (row: Row) => {
    const transaction = await asTransaction(row);
    server.requests.length = 0;
    return loadLifecycle(transaction);
  };
  const summary = (entries: Awaited<ReturnType<typeof loadLifecycle>>) =>
    entries.map((entry) => [entry.role, entry.id, entry.isCurrent]);

  // A skip_queue hold committed in two parts, its remainder voided, and the first commit refunded.
  const HOLD: Row = {
    id: id(10),
    reference: "hold-1",
    status: "INFLIGHT",
    createdAt: "2026-06-20T10:00:00Z",
  };
  const COMMIT_1: Row = { id: id(11), parent: HOLD.id, status: "APPLIED", createdAt: "2026-06-20T10:01:00Z" };
  const COMMIT_2: Row = { id: id(12), parent: HOLD.id, status: "APPLIED", createdAt: "2026-06-20T10:02:00Z" };
  const VOID: Row = { id: id(13), parent: HOLD.id, status: "VOID", createdAt: "2026-06-20T10:03:00Z" };
  const REFUND: Row = {
    id: id(14),
    parent: COMMIT_1.id,
    reference: `${COMMIT_1.id}_refund`,
    status: "APPLIED",
    createdAt: "2026-06-20T10:04:00Z",
    source: "@World",
    destination: BALANCE,
  };
  // A queued hold: the QUEUED original, its `_q` copy (same created_at), and a commit naming the copy.
  const QUEUED: Row = {
    id: id(20),
    reference: "hold-2",
    status: "QUEUED",
    queuedParent: id(20),
    createdAt: "2026-06-20T11:00:00.123456Z",
  };
  const COPY: Row = {
    id: id(21),
    reference: "hold-2_q",
    status: "INFLIGHT",
    parent: QUEUED.id,
    queuedParent: QUEUED.id,
    createdAt: "2026-06-20T11:00:00.123456Z",
  };
  const COPY_COMMIT: Row = {
    id: id(22),
    parent: COPY.id,
    status: "APPLIED",
    queuedParent: QUEUED.id,
    createdAt: "2026-06-20T11:05:00Z",
  };
  /** Each family's [role, ID], as the lifecycle lists it from any of its pages. */
  const HOLD_FAMILY = [
    ["Original", HOLD.id],
    ["Commit", COMMIT_1.id],
    ["Commit", COMMIT_2.id],
    ["Void", VOID.id],
    ["Refund", REFUND.id],
  ];
  const QUEUED_FAMILY = [
    ["Original", QUEUED.id],
    ["Queued copy", COPY.id],
    ["Commit", COPY_COMMIT.id],
  ];
  /** The family's summary on `page`'s page: that entry current, no other. */
  const seenFrom = (family: string[][], page: Row) => family.map(([role, id]) => [role, id, id === page.id]);

  it("lists a hold, its two commits, its void and a commit's refund, oldest first, from the hold's page", async () => {
    // Core answers each generation in its own order; the family is sorted as one.
    serveFamily([REFUND, VOID, COMMIT_2, COMMIT_1, HOLD]);
    const entries = await loadLifecycle(await asTransaction(HOLD));
    expect(summary(entries)).toEqual(seenFrom(HOLD_FAMILY, HOLD));
    expect(entries[4]).toMatchObject({
      reference: `${COMMIT_1.id}_refund`,
      createdAt: "2026-06-20T10:04:00Z",
    });
    expect(entries[0]?.amount.raw).toBe("184467440737095516210");
    expect(entries[0]?.amount.text).toBe("1,844,674,407,370,955,162.10 USD");

    // One call per generation: the hold's children, theirs (the refund), and the refund's (none).
    const calls = filterCalls().map(bodyOf);
    expect(calls).toHaveLength(3);
    expect(calls[0]).toMatchObject({
      filters: [{ field: "parent_transaction", operator: "in", values: [HOLD.id] }],
      sort_by: "created_at",
      sort_order: "asc",
      limit: 100,
      include_count: false,
    });
    expect(filterOn(calls[1] as FilterBody, "parent_transaction")?.values).toEqual([
      COMMIT_1.id,
      COMMIT_2.id,
      VOID.id,
    ]);
  });

  it("from a commit's page, fetches the hold by ID and shows the same family, that commit current", async () => {
    serveFamily([HOLD, COMMIT_1, COMMIT_2, VOID, REFUND]);
    const entries = await lifecycleOf(COMMIT_2);
    expect(server.requests[0]).toMatchObject({ method: "GET", path: `/transactions/${HOLD.id}` });
    expect(summary(entries)).toEqual(seenFrom(HOLD_FAMILY, COMMIT_2));
  });

  it("shows a queued hold's copy as the queued copy and finds the commit that names the copy", async () => {
    serveFamily([QUEUED, COPY, COPY_COMMIT], { rowsNameParent: true });
    const entries = await lifecycleOf(COPY);
    expect(server.requests[0]).toMatchObject({ method: "GET", path: `/transactions/${QUEUED.id}` });
    expect(summary(entries)).toEqual(seenFrom(QUEUED_FAMILY, COPY));
    expect(entries.map((entry) => entry.status)).toEqual(["QUEUED", "INFLIGHT", "APPLIED"]);
  });

  it("is empty for a transaction with no parent and no children, after one lookup", async () => {
    const lone: Row = { id: id(30), reference: "solo" };
    serveFamily([lone]);
    expect(await lifecycleOf(lone)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("starts from the transaction itself when its parent is missing", async () => {
    const orphan: Row = { id: id(40), parent: id(41), status: "APPLIED" };
    const child: Row = { id: id(42), parent: id(40), reference: `${id(40)}_refund` };
    serveFamily([orphan, child]);
    server.on(`GET /transactions/${id(41)}`, json(404, notFound(`ID '${id(41)}'`)));
    const entries = await loadLifecycle(await asTransaction(orphan));
    expect(summary(entries)).toEqual([
      ["Original", id(40), true],
      ["Refund", id(42), false],
    ]);
  });

  // BUG: the original is "its parent, or itself", one level up only. The commit of a queued hold names the
  // `_q` copy, so on the commit's own page the copy becomes the "Original" and the QUEUED original is missing:
  // [Original hold-2_q, Commit] instead of the family the hold's page shows.
  it("from the commit of a queued hold, shows the QUEUED original and its copy too", async () => {
    serveFamily([QUEUED, COPY, COPY_COMMIT], { rowsNameParent: true });
    const entries = await loadLifecycle(await asTransaction(COPY_COMMIT));
    expect(summary(entries)).toEqual(seenFrom(QUEUED_FAMILY, COPY_COMMIT));
  });

  // BUG: only two generations below the original are asked for. A refund goes through Core's queue by default
  // (RefundTransaction → QueueTransaction): a QUEUED refund row (`<id>_refund`) and its `_q` copy with the
  // outcome. Refunding a queued transfer's APPLIED copy puts that outcome three levels down, so the
  // lifecycle shows the refund as QUEUED for ever and never its APPLIED copy.
  it("shows the outcome of a queued refund of a queued transfer", async () => {
    const transfer: Row = { id: id(60), reference: "pay-6", status: "QUEUED", queuedParent: id(60) };
    const copy: Row = { id: id(61), reference: "pay-6_q", parent: id(60), queuedParent: id(60) };
    const refund: Row = {
      id: id(62),
      reference: `${id(61)}_refund`,
      status: "QUEUED",
      parent: id(61),
      queuedParent: id(62),
      createdAt: "2026-06-20T10:10:00Z",
    };
    const refundCopy: Row = {
      ...refund,
      id: id(63),
      reference: `${refund.reference}_q`,
      status: "APPLIED",
      parent: refund.id,
    };
    serveFamily([transfer, copy, refund, refundCopy], { rowsNameParent: true });
    const entries = await loadLifecycle(await asTransaction(transfer));
    expect(
      entries.some((entry) => entry.reference.startsWith(`${id(61)}_refund`) && entry.status === "APPLIED"),
    ).toBe(true);
  });

  // BUG: members are sorted by comparing created_at as text. Go writes times with RFC 3339 trailing zeros
  // dropped, so 10:01:00.12Z (.120000) sorts after 10:01:00.123456Z, and 10:01:00Z after both.
  it("orders commits within the same second by time, not by the text of the timestamp", async () => {
    const first: Row = { id: id(51), parent: HOLD.id, createdAt: "2026-06-20T10:01:00Z" };
    const second: Row = { id: id(52), parent: HOLD.id, createdAt: "2026-06-20T10:01:00.12Z" };
    const third: Row = { id: id(53), parent: HOLD.id, createdAt: "2026-06-20T10:01:00.123456Z" };
    serveFamily([HOLD, first, second, third]);
    const entries = await loadLifecycle(await asTransaction(HOLD));
    expect(entries.map((entry) => entry.id)).toEqual([HOLD.id, id(51), id(52), id(53)]);
  });
});

describe("TRANSACTION_ID", () => {
  it("accepts Core's txn_ UUIDs and caller-chosen IDs", () => {
    expect(TRANSACTION_ID.test("txn_0a000000-0000-4000-8000-000000000001")).toBe(true);
    expect(TRANSACTION_ID.test("txn_3f2b8c1d-9e4a-4b7c-8d6e-5f1a2b3c4d5e")).toBe(true);
    expect(TRANSACTION_ID.test("order.7:a@b-c_d")).toBe(true);
    expect(TRANSACTION_ID.test("x".repeat(200))).toBe(true);
  });

  it("refuses slashes, control characters, over 200 characters and the empty string", () => {
    for (const bad of ["a/b", "a\u0000b", "x".repeat(201), "", "a b", "txn_1\n", "../txn_1", "a%2Fb"]) {
      expect(TRANSACTION_ID.test(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("findByReference with a slash", () => {
  it("asks the filter (Core's reference route would split the path at the slash)", async () => {
    server.on("POST /transactions/filter", json(200, list([{ id: id(90), reference: "order/7" }])));
    const found = await findByReference("order/7");
    if (!found.ok) throw new Error(found.error.message);
    expect(found.data?.id).toBe(id(90));
    expect(server.requests.some((request) => request.path.startsWith("/transactions/reference/"))).toBe(
      false,
    );
    const filter = server.requests.find((request) => request.path === "/transactions/filter");
    expect(filter?.body).toContain('"field":"reference","operator":"eq","value":"order/7"');
  });
});
