import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type BlnkFilter, type FilterQuery, filterBalances } from "@/lib/blnk";
import { forgetListRoutes } from "@/lib/blnk/list";
import type { Balance } from "@/lib/blnk/types";
import { ledgerSuiteForFile } from "@/lib/test-support/ledger-suite";
import { type PageFetch, pageAll, type RowSource } from "./pager";

// pageAll against the real embedded ledger over HTTP: 250 balances of a currency of their own, read 100 at a
// time by key (ID after the last one seen), by offset for an OR search, and through Core's GET list for a key
// that may only read (newest first, by offset). Each way gives every balance exactly once.

vi.setConfig({ testTimeout: 60_000 });

const KEY = "export-pager-test-key-8e41b7";
const { ledger, setEnv } = ledgerSuiteForFile({
  key: KEY,
  ledgers: { ledger: null },
  env: ({ ledger }) => ({ BLNK_URL: ledger.url, BLNK_API_KEY: KEY, BLNK_TIMEOUT_MS: "10000" }),
});

const CURRENCY = `PGR${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
const OTHER = `${CURRENCY}B`;
const COUNT = 250;
const OTHER_COUNT = 30;
/** Balance IDs in the order they were made (one after another, so created_at grows with each). */
const made: string[] = [];
const madeOther: string[] = [];
let otherLedger = "";

async function newBalance(ledgerId: string, currency: string): Promise<string> {
  const body = { ledger_id: ledgerId, currency };
  return ((await ledger.call("POST", "/balances", body)) as { balance_id: string }).balance_id;
}

beforeAll(async () => {
  const ledgerId = await ledger.newLedger("Export pager");
  otherLedger = await ledger.newLedger("Export pager, other");
  for (let n = 0; n < COUNT; n += 1) made.push(await newBalance(ledgerId, CURRENCY));
  for (let n = 0; n < OTHER_COUNT; n += 1) madeOther.push(await newBalance(otherLedger, OTHER));
}, 180_000);

afterEach(() => forgetListRoutes());

/** filterBalances, noting each query asked (the real call; nothing is stubbed). */
function recorded() {
  const queries: FilterQuery[] = [];
  const read: PageFetch<Balance> = (query, call) => {
    queries.push(query);
    return filterBalances(query, call);
  };
  return { read, queries };
}

async function readAll(read: PageFetch<Balance>, source: RowSource, pageSize = 100) {
  const pager = pageAll(read, source, new AbortController().signal, pageSize);
  const before = pager.paging();
  const pages: string[][] = [];
  for await (const page of pager.pages) pages.push(page.map((balance) => balance.id));
  return { pages, ids: pages.flat(), before, after: pager.paging() };
}

const ascending = (ids: readonly string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const currencyIs = (value: string): BlnkFilter => ({ field: "currency", operator: "eq", value });

describe("pageAll by key", () => {
  it("reads every balance once, in ascending ID order, 100 a page, each page after the last ID", async () => {
    const { read, queries } = recorded();
    const { pages, ids, before, after } = await readAll(read, {
      filters: [currencyIs(CURRENCY)],
      idField: "balance_id",
    });
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids).toEqual(ascending(made));
    expect(before).toEqual({ order: "balance_id ascending", by: "key" });
    expect(after).toEqual(before);
    // Every page from offset 0, the key condition added after the first.
    expect(queries.map((query) => query.offset)).toEqual([0, 0, 0]);
    expect(queries.map((query) => query.filters)).toEqual([
      [currencyIs(CURRENCY)],
      [currencyIs(CURRENCY), { field: "balance_id", operator: "gt", value: pages[0]?.at(-1) }],
      [currencyIs(CURRENCY), { field: "balance_id", operator: "gt", value: pages[1]?.at(-1) }],
    ]);
    expect(queries[0]).toMatchObject({ sortBy: "balance_id", sortOrder: "asc", limit: 100 });
  });

  it("asks one more page when the last is exactly full, and stops on the empty one", async () => {
    const { read, queries } = recorded();
    const { pages, ids } = await readAll(
      read,
      { filters: [currencyIs(CURRENCY)], idField: "balance_id" },
      50,
    );
    expect(pages).toHaveLength(5);
    expect(queries).toHaveLength(6);
    expect(ids).toEqual(ascending(made));
  });

  it("reads nothing for a filter that matches nothing", async () => {
    const { pages } = await readAll(filterBalances, {
      filters: [currencyIs(`${CURRENCY}NONE`)],
      idField: "balance_id",
    });
    expect(pages).toEqual([]);
  });

  it("stops before asking Blnk when the signal is aborted", async () => {
    const { read, queries } = recorded();
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    const pager = pageAll(
      read,
      { filters: [currencyIs(CURRENCY)], idField: "balance_id" },
      controller.signal,
    );
    await expect(pager.pages.next()).rejects.toThrow("cancelled");
    expect(queries).toEqual([]);
  });
});

describe("pageAll for an OR search", () => {
  it("pages by offset, sorted by ID, and still gives every balance once", async () => {
    const { read, queries } = recorded();
    const { pages, ids, before, after } = await readAll(read, {
      filters: [currencyIs(CURRENCY), { field: "ledger_id", operator: "eq", value: otherLedger }],
      logicalOperator: "or",
      idField: "balance_id",
    });
    expect(pages.map((page) => page.length)).toEqual([100, 100, 80]);
    expect(ids).toEqual(ascending([...made, ...madeOther]));
    expect(before).toEqual({ order: "balance_id ascending", by: "offset" });
    expect(after).toEqual(before);
    expect(queries.map((query) => query.offset)).toEqual([0, 100, 200]);
    // No key condition: it could not be joined to an OR search.
    for (const query of queries) {
      expect(query.filters).toHaveLength(2);
      expect(query.logicalOperator).toBe("or");
    }
  });
});

describe("pageAll with a key that may only read", () => {
  it("falls back to Core's GET list: newest first, by offset, every balance once", async () => {
    const readOnly = await ledger.newApiKey(["balances:read"]);
    setEnv({ BLNK_URL: ledger.url, BLNK_API_KEY: readOnly.key, BLNK_TIMEOUT_MS: "10000" });
    forgetListRoutes();
    const { read, queries } = recorded();
    const { pages, ids, before, after } = await readAll(read, {
      filters: [currencyIs(CURRENCY)],
      idField: "balance_id",
    });
    expect(before.by).toBe("key");
    expect(after).toEqual({ order: "created_at descending (Core's GET list)", by: "offset" });
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(ids).toEqual([...made].reverse());
    expect(queries.map((query) => query.offset)).toEqual([0, 100, 200]);
    for (const query of queries) expect(query.filters).toEqual([currencyIs(CURRENCY)]);
  });
});
