import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closedPort } from "@/lib/blnk/test-server";
import { identitySearchRoute, ledgerDirectoryRoute, ledgerSearchRoute } from "@/lib/search/routes";
import { type LedgerProcess, startLedgerProcess } from "@/lib/test-support/ledger-process";
import { getRoute as get } from "@/lib/test-support/routes";
import { searchIdentities, searchLedgers } from "./search";

// The comboboxes' searches against the real embedded ledger, run as its own process and reached over HTTP
// only (lib/ may not import embedded-ledger/, see lib/architecture.test.ts). The tests share one ledger and run
// in order; every ledger and identity is created here, so each expected list is exact.

const KEY = "create-balance-search-secret-key-2b9c";
const GENERAL = { id: "general_ledger_id", name: "General Ledger", isGeneral: true };
let ledger: LedgerProcess;
const savedEnv = { ...process.env };

beforeAll(async () => {
  ledger = await startLedgerProcess(KEY);
}, 60_000);
afterAll(async () => {
  process.env = savedEnv;
  await ledger?.stop();
});
beforeEach(() => {
  process.env = { ...savedEnv, BLNK_URL: ledger.url, BLNK_API_KEY: KEY, BLNK_TIMEOUT_MS: "5000" };
});

describe("searchLedgers", () => {
  let eu: string;
  let us: string;
  let fees: string;
  beforeAll(async () => {
    eu = await newLedger("Customer Wallets EU");
    await newLedger("Merchant Float");
    us = await newLedger("Customer Wallets US");
    fees = await newLedger("Fees 100%_net");
  });

  it("finds ledgers by part of the name in any case, newest first", async () => {
    expect(await searchLedgers("wallets")).toEqual([
      { id: us, name: "Customer Wallets US", isGeneral: false },
      { id: eu, name: "Customer Wallets EU", isGeneral: false },
    ]);
    expect(await searchLedgers("  CUSTOMER wallets e ")).toEqual([
      { id: eu, name: "Customer Wallets EU", isGeneral: false },
    ]);
  });

  it("treats % and _ as the characters typed, not wildcards", async () => {
    const feesOption = [{ id: fees, name: "Fees 100%_net", isGeneral: false }];
    expect(await searchLedgers("%")).toEqual(feesOption);
    expect(await searchLedgers("0%_n")).toEqual(feesOption);
    expect(await searchLedgers("_")).toEqual(feesOption);
    expect(await searchLedgers("s%s")).toEqual([]);
  });

  it("finds a pasted ledger ID exactly, and nothing for an unknown ID", async () => {
    expect(await searchLedgers(` ${eu} `)).toEqual([
      { id: eu, name: "Customer Wallets EU", isGeneral: false },
    ]);
    expect(await searchLedgers("ldg_00000000-0000-4000-8000-000000000000")).toEqual([]);
    expect(await searchLedgers("general_ledger_id")).toEqual([GENERAL]);
  });

  it("lists the General Ledger, marked, when its name matches", async () => {
    expect(await searchLedgers("general")).toEqual([GENERAL]);
    expect(await searchLedgers("LEDGER")).toEqual([GENERAL]);
  });

  it("keeps the General Ledger among 8 results when newer ledgers fill the page", async () => {
    const books: string[] = [];
    for (let n = 1; n <= 9; n++) books.push(await newLedger(`Book ledger ${n}`));
    const newestSeven = books
      .slice(2)
      .reverse()
      .map((id, index) => ({ id, name: `Book ledger ${9 - index}`, isGeneral: false }));

    expect(await searchLedgers("ledger")).toEqual([...newestSeven, GENERAL]);
    expect(await searchLedgers("book")).toHaveLength(8);
    expect((await searchLedgers("book")).some((option) => option.isGeneral)).toBe(false);
  });

  it("offers the 8 newest ledgers plus the General Ledger for empty text", async () => {
    const newest = await newLedger("Newest");
    const result = await searchLedgers("");

    expect(result).toHaveLength(9);
    expect(result[0]).toEqual({ id: newest, name: "Newest", isGeneral: false });
    expect(result.slice(1, 8).map((option) => option.name)).toEqual([
      "Book ledger 9",
      "Book ledger 8",
      "Book ledger 7",
      "Book ledger 6",
      "Book ledger 5",
      "Book ledger 4",
      "Book ledger 3",
    ]);
    expect(result[8]).toEqual(GENERAL);
  });
});

describe("searchIdentities", () => {
  let quill: string;
  let lovelace: string;
  let pens: string;
  let quillan: string;
  beforeAll(async () => {
    quill = await newIdentity({ first_name: "Ada", last_name: "Quill", email_address: "aq@example.com" });
    pens = await newIdentity({
      identity_type: "organization",
      organization_name: "Quill Pens Ltd",
      email_address: "sales@pens.test",
    });
    lovelace = await newIdentity({
      first_name: "Ada",
      last_name: "Lovelace",
      email_address: "ada@example.com",
    });
    quillan = await newIdentity({ first_name: "Bob", last_name: "Quillan", email_address: "" });
  });
  const adaQuill = () => ({ id: quill, name: "Ada Quill", email: "aq@example.com", type: "individual" });
  const adaLovelace = () => ({
    id: lovelace,
    name: "Ada Lovelace",
    email: "ada@example.com",
    type: "individual",
  });
  const quillPens = () => ({
    id: pens,
    name: "Quill Pens Ltd",
    email: "sales@pens.test",
    type: "organization",
  });
  const bobQuillan = () => ({ id: quillan, name: "Bob Quillan", email: "", type: "individual" });

  it("finds identities by first name, newest first", async () => {
    expect(await searchIdentities("ada")).toEqual([adaLovelace(), adaQuill()]);
  });

  it("finds a person by 'First Last', which no single column holds", async () => {
    expect(await searchIdentities("Ada Quill")).toEqual([adaQuill()]);
    expect(await searchIdentities("  ada   LOVELACE ")).toEqual([adaLovelace()]);
  });

  it("finds by last name or organization name, without duplicates", async () => {
    expect(await searchIdentities("quill")).toEqual([bobQuillan(), quillPens(), adaQuill()]);
    // "Quill Pens" matches the organization name (OR query) and no first + last name pair.
    expect(await searchIdentities("Quill Pens")).toEqual([quillPens()]);
  });

  it("finds by email", async () => {
    expect(await searchIdentities("ada@example.com")).toEqual([adaLovelace()]);
    expect(await searchIdentities("PENS.TEST")).toEqual([quillPens()]);
  });

  it("finds a pasted identity ID exactly, and nothing for an unknown ID", async () => {
    expect(await searchIdentities(pens)).toEqual([quillPens()]);
    expect(await searchIdentities("idt_00000000-0000-4000-8000-000000000000")).toEqual([]);
  });

  it("treats % and _ as the characters typed", async () => {
    expect(await searchIdentities("%")).toEqual([]);
    expect(await searchIdentities("a_a")).toEqual([]);
  });

  it("offers the newest identities for empty text, at most 8", async () => {
    for (let n = 1; n <= 6; n++) await newIdentity({ first_name: `Extra${n}`, last_name: "Person" });
    const result = await searchIdentities("");
    expect(result.map((option) => option.name)).toEqual([
      "Extra6 Person",
      "Extra5 Person",
      "Extra4 Person",
      "Extra3 Person",
      "Extra2 Person",
      "Extra1 Person",
      "Bob Quillan",
      "Ada Lovelace",
    ]);
  });
});

describe("the ledger and identity search routes", () => {
  it("trim the text and answer the options", async () => {
    expect(await get(ledgerSearchRoute, { q: "  general " })).toEqual({
      status: 200,
      body: { ok: true, data: [GENERAL] },
    });
    expect(await get(identitySearchRoute, { q: " Ada Lovelace " })).toEqual({
      status: 200,
      body: {
        ok: true,
        data: [
          {
            id: expect.stringMatching(/^idt_/),
            name: "Ada Lovelace",
            email: "ada@example.com",
            type: "individual",
          },
        ],
      },
    });
  });

  it("refuse text that is too long, and read a missing q as empty", async () => {
    expect(await get(ledgerSearchRoute, { q: "x".repeat(201) })).toEqual({
      status: 400,
      body: { ok: false, error: "Search with at most 200 characters." },
    });
    expect(await get(identitySearchRoute, { q: ` ${"x".repeat(200)} ` })).toEqual({
      status: 200,
      body: { ok: true, data: [] },
    });
    const newest = await get(ledgerSearchRoute, {});
    expect(newest.status).toBe(200);
    expect((newest.body as { data: unknown[] }).data).toContainEqual(GENERAL);
  });

  it("list every ledger for the browser, and say the list is complete", async () => {
    const { status, body } = await get(ledgerDirectoryRoute, {});
    expect(status).toBe(200);
    const directory = (body as { data: { ledgers: Array<{ name: string }>; complete: boolean } }).data;
    expect(directory.complete).toBe(true);
    expect(directory.ledgers.map((ledger) => ledger.name)).toEqual(
      expect.arrayContaining(["General Ledger", "Customer Wallets EU", "Customer Wallets US"]),
    );
    expect(directory.ledgers.at(-1)).toEqual(GENERAL);
  });

  it("answer a Blnk failure in plain words", async () => {
    const port = await closedPort();
    process.env.BLNK_URL = `http://127.0.0.1:${port}`;
    const unreachable = `Cannot reach Blnk at http://127.0.0.1:${port}. Check that it is running and BLNK_URL is correct.`;
    const failed = { status: 200, body: { ok: false, error: unreachable } };
    expect(await get(ledgerSearchRoute, { q: "wallets" })).toEqual(failed);
    expect(await get(identitySearchRoute, { q: "ada" })).toEqual(failed);
    expect(await get(ledgerDirectoryRoute, {})).toEqual(failed);

    process.env.BLNK_URL = ledger.url;
    process.env.BLNK_API_KEY = "wrong-search-key";
    expect((await get(ledgerSearchRoute, { q: "wallets" })).body).toEqual({
      ok: false,
      error: "Blnk rejected the API key. Check BLNK_API_KEY.",
    });
  });
});

// ---- helpers -------------------------------------------------------------------------------------------

const _call = (method: string, route: string, body?: unknown) => ledger.call(method, route, body);
const newLedger = (name: string) => ledger.newLedger(name);
const newIdentity = (fields: Record<string, string>) => ledger.newIdentity(fields);
