import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listAudit, verifyAuditChain } from "@/lib/audit/store";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import { forgetDryRunSupport } from "@/lib/blnk/dry-run-support";
import { transactionBalanceNotFoundJson } from "@/lib/blnk/test-fixtures";
import { json } from "@/lib/blnk/test-server";
import { appDb } from "@/lib/db";
import { balanceSearchRoute } from "@/lib/search/routes";
import { OPS } from "@/lib/test-support/actors";
import { whileAuditRefused } from "@/lib/test-support/app-db";
import { misconfigureBlnkUrl, pointBlnkAtClosedPort } from "@/lib/test-support/blnk-env";
import { fieldRefusal, formRefusal, inDoubtRefusal } from "@/lib/test-support/failures";
import type { LedgerProcess } from "@/lib/test-support/ledger-process";
import { writePathSuiteForFile } from "@/lib/test-support/ledger-suite";
import { getRoute } from "@/lib/test-support/routes";
import { REFUSED_USD_AMOUNTS, transactionFormParser } from "@/lib/test-support/transaction-form";
import { createTransactionAction, previewTransactionAction } from "./actions";
import { createTransactionFromInput as createAs, MESSAGES } from "./create";
import { previewFromInput } from "./preview";
import { emptyCreateTransactionForm } from "./schema";

const createTransactionFromInput = (input: ReturnType<typeof parse>) => createAs(input, OPS);

// createTransactionFromInput and the actions against the real embedded ledger, run as its own process and
// reached over HTTP only (lib/ may not import embedded-ledger/), in secure mode; a stub for the answers it
// cannot be made to give (a timeout, a gateway error, Core's own not-found code, Core 0.14's error bodies);
// and an embedded app database of this file's own for the idempotency records and the audit log.

// Each case makes several HTTP round trips to a ledger process and the app database; on a loaded two-core
// machine that can pass Vitest's 5 s default without anything being wrong.
vi.setConfig({ testTimeout: 30_000 });

const KEY = "create-transaction-test-secret-key-3c9d";
const { ledger, stub, dataDir } = writePathSuiteForFile("create-transaction", KEY, {
  CURRENCY_PRECISION: undefined,
});
beforeEach(() => forgetDryRunSupport());

const HUGE_TEXT = "123456789012345678901234567890.12";
const HUGE = 12345678901234567890123456789012n;

describe("createTransactionFromInput against the embedded ledger", () => {
  it("records the amount exactly, beyond 2^64, and moves both balances by exactly that", async () => {
    const { source, destination } = await ledger.newBalances("Transfers");
    await ledger.fund(source, HUGE);
    const input = parse({
      source,
      destination,
      amount: HUGE_TEXT,
      metadata: [{ key: "invoice", value: "INV-9" }],
    });

    const result = await createTransactionFromInput(input);

    expect(result).toEqual({
      ok: true,
      data: { transactionId: expect.stringMatching(/^txn_/), status: "APPLIED", wasRetry: false },
    });
    const stored = await raw(ledger, `/transactions/${transactionIdOf(result)}`);
    // Read from the JSON text: through Number this would be 1.2345678901234568e+31.
    expect(/"precise_amount":(\d+)/.exec(stored)?.[1]).toBe("12345678901234567890123456789012");
    expect(/"precision":(\d+)/.exec(stored)?.[1]).toBe("100");
    expect(JSON.parse(stored)).toMatchObject({
      reference: input.reference,
      source,
      destination,
      currency: "USD",
      description: "Transfer",
      status: "APPLIED",
      meta_data: { invoice: "INV-9", created_by: "ops@example.com", created_via: "ledger-desk" },
    });
    expect(await balanceText(ledger, source)).toBe("0");
    expect(await balanceText(ledger, destination)).toBe(HUGE.toString());
  });

  it("places a hold: the inflight balances move, the balances do not", async () => {
    const { source, destination } = await ledger.newBalances("Transfers");
    await ledger.fund(source, 10_000n);
    const expiry = new Date(Date.now() + 86_400_000);
    expiry.setUTCMilliseconds(0);

    const result = await createTransactionFromInput(
      parse({ source, destination, amount: "12.34", inflight: true, inflightExpiry: expiry.toISOString() }),
    );

    expect(result).toMatchObject({ ok: true, data: { status: "INFLIGHT", wasRetry: false } });
    expect(await ledger.call("GET", `/balances/${source}`)).toMatchObject({
      balance: 10_000,
      inflight_debit_balance: 1234,
    });
    expect(await ledger.call("GET", `/balances/${destination}`)).toMatchObject({
      balance: 0,
      inflight_credit_balance: 1234,
    });
    // Core's reads carry no inflight_expiry_date; the expiry was accepted in RFC 3339 with milliseconds
    // (Go's time.Parse takes a fraction the layout does not name), or the hold would have been refused.
  });

  it("sends to an @indicator, which Core creates on first use", async () => {
    const { source } = await ledger.newBalances("Transfers");
    await ledger.fund(source, 500n);
    const indicator = `@payouts-${crypto.randomUUID()}`;

    expect(
      await createTransactionFromInput(parse({ source, destination: indicator, amount: "5" })),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await ledger.call("GET", `/balances/indicator/${encodeURIComponent(indicator)}/currency/USD`),
    ).toMatchObject({ balance: 500 });
  });

  it.each(REFUSED_USD_AMOUNTS)(
    "answers the amount %s at its field, from both preview and create, and writes nothing",
    async (amount, message) => {
      const { input, before } = await fundedForm(10n ** 9n, amount);
      const audited = (await verifyAuditChain(await db())).checked;

      const expected = fieldRefusal({ amount: message });
      expect(await previewFromInput(input)).toEqual(expected);
      expect(await createTransactionFromInput(input)).toEqual(expected);

      expect(await ledger.countTransactions()).toBe(before);
      expect((await verifyAuditChain(await db())).checked).toBe(audited);
      expect(await idempotencyRow(input.reference)).toBeUndefined();
    },
  );

  it("records one transaction per reference: sent again, it answers with the first", async () => {
    const { destination, input, before } = await fundedForm(10_000n, "10");

    const first = await createTransactionFromInput(input);
    const second = await createTransactionFromInput(input);

    expect(second).toEqual({
      ok: true,
      data: { transactionId: transactionIdOf(first), status: "APPLIED", wasRetry: true },
    });
    expect(await ledger.countTransactions()).toBe(before + 1);
    expect(await balanceText(ledger, destination)).toBe("1000");
  });

  it("records one transaction when the same form arrives five times at once", async () => {
    const { destination, input, before } = await fundedForm(10_000n, "10");

    const results = await Promise.all(Array.from({ length: 5 }, () => createTransactionFromInput(input)));

    expect(await ledger.countTransactions()).toBe(before + 1);
    const ids = new Set(results.map(transactionIdOf));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.data.wasRetry)).toHaveLength(1);
    expect(await balanceText(ledger, destination)).toBe("1000");
    expect((await ledger.call("GET", `/transactions/reference/${input.reference}`)) as object).toMatchObject({
      transaction_id: [...ids][0],
    });
  });

  it("names the reference field when another transaction already has the reference, and writes nothing", async () => {
    const { source, destination } = await ledger.newBalances("Transfers");
    await ledger.fund(source, 10_000n);
    const taken = `taken_${crypto.randomUUID()}`;
    await ledger.fund(destination, 1n, taken); // recorded elsewhere, not through this form
    const before = await ledger.countTransactions();

    const result = await createTransactionFromInput(
      parse({ source, destination, amount: "10", reference: taken }),
    );

    expect(result).toEqual(fieldRefusal({ reference: MESSAGES.duplicate }));
    expect(await ledger.countTransactions()).toBe(before);
    expect(await balanceText(ledger, source)).toBe("10000");
  });

  it("refuses what the source cannot cover, writes nothing, and takes the same form once it can", async () => {
    const { source, input, before } = await fundedForm(999n, "10.00");

    expect(await createTransactionFromInput(input)).toEqual(
      formRefusal("Insufficient funds: Blnk refused the transaction. Nothing was written."),
    );
    expect(await ledger.countTransactions()).toBe(before);

    // The refusal released the reference: the same form goes through after a top-up.
    await ledger.fund(source, 1n);
    expect(await createTransactionFromInput(input)).toMatchObject({ ok: true, data: { wasRetry: false } });
    expect(await balanceText(ledger, source)).toBe("0");
  });

  it("names the field of a balance ID that does not exist, and writes nothing", async () => {
    const { source, destination } = await ledger.newBalances("Transfers");
    await ledger.fund(source, 10_000n);
    const before = await ledger.countTransactions();

    expect(await createTransactionFromInput(parse({ source: "bln_missing_source", destination }))).toEqual(
      fieldRefusal({ source: "No balance has this ID." }),
    );
    expect(
      await createTransactionFromInput(parse({ source, destination: "bln_missing_destination" })),
    ).toEqual(fieldRefusal({ destination: "No balance has this ID." }));
    expect(await ledger.countTransactions()).toBe(before);
  });

  it("says which URL it cannot reach when Blnk is down", async () => {
    const error = await pointBlnkAtClosedPort();

    const result = await createTransactionFromInput(parse({}));

    expect(result).toMatchObject({ ok: false, error, fieldErrors: {} });
  });

  it("names a misconfigured variable", async () => {
    const error = misconfigureBlnkUrl();
    expect(await createTransactionFromInput(parse({}))).toEqual({ ok: false, error, fieldErrors: {} });
  });
});

describe("createTransactionFromInput on Core 0.14 (errors without codes, all 400)", () => {
  // The bodies as the embedded ledger's LEDGER_CORE_PROFILE=0.14 answers them (v0.14.5 api/transactions.go
  // QueueTransaction: 400 {"error": err.Error()}); a stub, so that this file starts one ledger process only.
  const legacy = (message: string) => json(400, JSON.stringify({ error: message }));
  beforeEach(() => {
    process.env.BLNK_URL = stub.baseUrl;
  });
  afterEach(() => {
    process.env.BLNK_URL = ledger.url;
  });

  it("names the reference field for a duplicate, and the balance's field for a missing balance", async () => {
    stub.on("POST /transactions", legacy("reference ref_taken has already been used"));
    expect(await createTransactionFromInput(parse({ reference: "ref_taken" }))).toEqual(
      fieldRefusal({ reference: MESSAGES.duplicate }),
    );
    stub.on("POST /transactions", legacy("NOT_FOUND: Balance with ID 'bln_gone' not found"));
    expect(await createTransactionFromInput(parse({ destination: "bln_gone" }))).toEqual(
      fieldRefusal({ destination: "No balance has this ID." }),
    );
    stub.on("POST /transactions", legacy("insufficient funds in source balance"));
    expect(await createTransactionFromInput(parse({}))).toEqual(
      formRefusal("Insufficient funds: Blnk refused the transaction. Nothing was written."),
    );
  });

  it("reads its not-found by reference as 'not there yet' when a create is in doubt", async () => {
    process.env.BLNK_TIMEOUT_MS = "1000";
    const input = parse({ reference: `ref_legacy_${crypto.randomUUID()}` });
    stub.on("POST /transactions", () => "hang");
    stub.on(
      `GET /transactions/reference/${input.reference}`,
      legacy(`NOT_FOUND: Transaction with reference '${input.reference}' not found`),
    );

    expect(await createTransactionFromInput(input)).toMatchObject({ ok: false, inDoubt: true });
    expect(await createTransactionFromInput(input)).toMatchObject({ ok: false, inDoubt: true });
    expect(stub.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });
});

describe("createTransactionFromInput with Core answers the embedded ledger cannot give", () => {
  const notFound = (reference: string) =>
    json(
      404,
      `{"error":"Transaction with reference '${reference}' not found","error_detail":{"code":"TXN_NOT_FOUND","message":"Transaction with reference '${reference}' not found"}}`,
    );
  const posts = () => stub.requests.filter((r) => r.method === "POST" && r.path === "/transactions");
  beforeEach(() => {
    process.env.BLNK_URL = stub.baseUrl;
  });
  afterEach(() => {
    process.env.BLNK_URL = ledger.url;
  });

  it("sends precise_amount as a bare integer with its precision, queue skipped, the author in the metadata", async () => {
    stub.on("POST /transactions", json(201, transactionJson("txn_from_stub", "ref_wire")));
    const input = parse({ amount: HUGE_TEXT, reference: "ref_wire", source: "bln_a", destination: "@b" });

    expect(await createTransactionFromInput(input)).toEqual({
      ok: true,
      data: { transactionId: "txn_from_stub", status: "APPLIED", wasRetry: false },
    });
    const body = posts()[0]?.body ?? "";
    expect(body).toContain(`"precise_amount":12345678901234567890123456789012,`);
    expect(body).toContain(`"precision":100,`);
    expect(body).not.toContain("dry_run");
    expect(JSON.parse(body)).toMatchObject({
      currency: "USD",
      source: "bln_a",
      destination: "@b",
      reference: "ref_wire",
      skip_queue: true,
      allow_overdraft: false,
      inflight: false,
      meta_data: { created_by: "ops@example.com", created_via: "ledger-desk" },
    });
  });

  it("after a timeout the create is in doubt: a retry sends nothing, and finds the transaction once it shows", async () => {
    // The retries below must come within the settle window (3 × the timeout) even on a loaded machine.
    process.env.BLNK_TIMEOUT_MS = "1000";
    const input = parse({ reference: `ref_doubt_${crypto.randomUUID()}` });
    stub.on("POST /transactions", () => "hang");
    stub.on(`GET /transactions/reference/${input.reference}`, notFound(input.reference));

    expect(await createTransactionFromInput(input)).toEqual(inDoubtRefusal(MESSAGES.inDoubt));
    // Asked again at once: Blnk shows nothing yet and the first may still land, so nothing is sent.
    expect(await createTransactionFromInput(input)).toMatchObject({ ok: false, inDoubt: true });

    // It did land: the lookup by reference finds it.
    stub.on(
      `GET /transactions/reference/${input.reference}`,
      json(200, transactionJson("txn_landed", input.reference)),
    );
    expect(await createTransactionFromInput(input)).toEqual({
      ok: true,
      data: { transactionId: "txn_landed", status: "APPLIED", wasRetry: true },
    });
    expect(await createTransactionFromInput(input)).toMatchObject({
      ok: true,
      data: { transactionId: "txn_landed" },
    });
    expect(posts()).toHaveLength(1);

    // The audit log says the first attempt's outcome is unknown.
    const [attempt] = (
      await listAudit({ filters: { action: "transaction.create" }, limit: 200, offset: 0 }, await db())
    ).filter((entry) => entry.outcome === "attempted" && entry.request?.includes(input.reference));
    const outcomes = (
      await listAudit({ filters: { action: "transaction.create" }, limit: 200, offset: 0 }, await db())
    ).filter((entry) => entry.attemptSeq === attempt?.seq);
    expect(outcomes.map((entry) => entry.outcome)).toEqual(["unknown"]);
  });

  it("treats a gateway's 502 as in doubt too: the write may have reached Blnk", async () => {
    const input = parse({ reference: `ref_502_${crypto.randomUUID()}` });
    stub.on("POST /transactions", {
      status: 502,
      body: "<html>Bad Gateway</html>",
      contentType: "text/html",
    });
    stub.on(`GET /transactions/reference/${input.reference}`, notFound(input.reference));

    expect(await createTransactionFromInput(input)).toMatchObject({ ok: false, inDoubt: true });
    expect(await createTransactionFromInput(input)).toMatchObject({ ok: false, inDoubt: true });
    expect(posts()).toHaveLength(1);
  });

  it("puts Core's own not-found (TXN_NOT_FOUND naming the balance) at that balance's field", async () => {
    // api/transactions.go QueueTransaction upgrades GEN_NOT_FOUND to TXN_NOT_FOUND on this route.
    const missing = (id: string) => json(404, transactionBalanceNotFoundJson(id));
    stub.on("POST /transactions", missing("bln_dst_gone"));
    expect(await createTransactionFromInput(parse({ source: "bln_a", destination: "bln_dst_gone" }))).toEqual(
      {
        ok: false,
        error: null,
        fieldErrors: { destination: "No balance has this ID." },
      },
    );
    stub.on("POST /transactions", missing("bln_src_gone"));
    expect(await createTransactionFromInput(parse({ source: "bln_src_gone", destination: "bln_b" }))).toEqual(
      {
        ok: false,
        error: null,
        fieldErrors: { source: "No balance has this ID." },
      },
    );
  });

  it("keeps Core's internal errors in plain words, with the Blnk error beside them", async () => {
    stub.on("POST /transactions", json(500, `{"error":"pq: deadlock detected"}`));
    expect(await createTransactionFromInput(parse({}))).toMatchObject({
      ok: false,
      error:
        "Blnk had an internal error (HTTP 500). Try again; if it keeps happening, check the Blnk server logs.",
      fieldErrors: {},
      blnkError: { status: 500, kind: "server" },
    });
  });
});

describe("the audit log of a create", () => {
  it("records the attempt with what was sent and who sent it, then the outcome naming the transaction", async () => {
    const { source, destination } = await ledger.newBalances("Transfers");
    await ledger.fund(source, HUGE);
    const input = parse({ source, destination, amount: HUGE_TEXT });

    const transactionId = transactionIdOf(await createTransactionFromInput(input));

    const entries = await listAudit(
      { filters: { action: "transaction.create" }, limit: 200, offset: 0 },
      await db(),
    );
    const outcome = entries.find((entry) => entry.recordId === transactionId);
    expect(outcome).toMatchObject({
      outcome: "ok",
      recordType: "transaction",
      actorEmail: "ops@example.com",
    });
    const attempts = entries.filter((entry) => entry.seq === outcome?.attemptSeq);
    expect(attempts).toEqual([
      expect.objectContaining({ outcome: "attempted", actorId: "usr_ops", actorRole: "operator" }),
    ]);
    const request = attempts[0]?.request ?? "";
    // The amount as sent: a bare integer in the entry's JSON, exact.
    expect(request).toContain(`"preciseAmount":12345678901234567890123456789012`);
    expect(JSON.parse(request)).toMatchObject({
      reference: input.reference,
      source,
      destination,
      currency: "USD",
    });
    expect(entries.filter((entry) => entry.attemptSeq === outcome?.attemptSeq)).toHaveLength(1);
    expect(await verifyAuditChain(await db())).toMatchObject({ ok: true });

    // A retry of the same form sends nothing, so it adds no entry.
    const checked = (await verifyAuditChain(await db())).checked;
    expect(await createTransactionFromInput(input)).toMatchObject({ ok: true, data: { wasRetry: true } });
    expect((await verifyAuditChain(await db())).checked).toBe(checked);
    // The Blnk key is in no column of any entry.
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ledger_desk_audit_log`.execute(
      await db(),
    );
    expect(JSON.stringify(rows)).not.toContain(KEY);
  });

  it("records a refusal with Blnk's code", async () => {
    const { source, destination } = await ledger.newBalances("Transfers");
    const input = parse({ source, destination, amount: "1" });
    expect(await createTransactionFromInput(input)).toMatchObject({ ok: false });

    const entries = await listAudit(
      { filters: { action: "transaction.create" }, limit: 200, offset: 0 },
      await db(),
    );
    const attempt = entries.find(
      (entry) => entry.outcome === "attempted" && entry.request?.includes(input.reference),
    );
    expect(
      entries.filter((entry) => entry.attemptSeq === attempt?.seq).map((entry) => entry.outcome),
    ).toEqual(["TXN_INSUFFICIENT_FUNDS"]);
  });

  it("a create whose audit entry cannot be written is not sent: Blnk hears nothing, the form says why", async () => {
    process.env.BLNK_URL = stub.baseUrl;
    stub.on("POST /transactions", json(201, transactionJson("txn_should_not_exist", "x")));
    const input = parse({ source: "bln_a", destination: "bln_b" });
    const database = await db();
    await whileAuditRefused(database, async () => {
      expect(await createTransactionFromInput(input)).toEqual(formRefusal(AUDIT_UNAVAILABLE));
      expect(stub.requests).toEqual([]);
    });
    // The reference was released: once the log works again, the same form is sent.
    expect(await createTransactionFromInput(input)).toMatchObject({ ok: true, data: { wasRetry: false } });
    expect(stub.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(await verifyAuditChain(database)).toMatchObject({ ok: true });
  });
});

describe("the server actions", () => {
  it("parse the raw form on the server, preview, then create as the demo user", async () => {
    const { source, destination } = await ledger.newBalances("Transfers");
    await ledger.fund(source, 5000n);
    const form = {
      ...emptyCreateTransactionForm(),
      amount: "12.34",
      currency: " usd ",
      source,
      destination,
      description: "Act",
    };

    const preview = await previewTransactionAction(form);
    expect(preview).toMatchObject({ ok: true, data: { wouldApply: true, amount: { raw: "1234" } } });
    const created = await createTransactionAction(form);
    expect(created).toMatchObject({ ok: true, data: { status: "APPLIED", wasRetry: false } });

    expect(await ledger.call("GET", `/transactions/${transactionIdOf(created)}`)).toMatchObject({
      currency: "USD",
      // Demo mode (no sign-in configured, loopback): the actor is the demo user.
      meta_data: { created_by: "demo", created_via: "ledger-desk" },
    });
  });

  it("answer invalid input with the first message per form field, and send nothing", async () => {
    const before = await ledger.countTransactions();
    const result = await createTransactionAction({
      ...emptyCreateTransactionForm(),
      amount: "5",
      currency: "US D",
      source: "nobody",
      destination: "",
      description: "",
      reference: "has space",
      metadata: [{ key: "created_by", value: "someone-else" }],
    });

    expect(result).toEqual({
      ok: false,
      error: null,
      fieldErrors: {
        currency: "A currency code has no spaces.",
        source: "Enter a balance ID (bln_…) or an @indicator, or choose a balance from the list.",
        destination: "Choose the destination balance, or paste a balance ID or @indicator.",
        description: "Enter a description: Blnk requires one.",
        reference: "Use a reference without spaces or / \\ ? # %.",
        metadata: "created_by is filled in by Ledger Desk with who created the transaction.",
      },
    });
    expect(await ledger.countTransactions()).toBe(before);
  });

  it("give a form-level message for a tampered request", async () => {
    const before = await ledger.countTransactions();
    const tampered = { error: "The request is not valid. Reload the page and try again.", fieldErrors: {} };
    expect(await createTransactionAction("amount=1")).toEqual({ ok: false, ...tampered });
    const form = {
      ...emptyCreateTransactionForm(),
      amount: "1",
      currency: "USD",
      source: "@a",
      destination: "@b",
    };
    expect(await previewTransactionAction({ ...form, description: "x", inflight: "yes" })).toEqual({
      ok: false,
      ...tampered,
    });
    expect(await ledger.countTransactions()).toBe(before);
  });

  it("refuse a balance search that is too long or names no currency code", async () => {
    expect(await getRoute(balanceSearchRoute, { q: "x".repeat(201) })).toEqual({
      status: 400,
      body: { ok: false, error: "Search with at most 200 characters." },
    });
    expect(await getRoute(balanceSearchRoute, { q: "x", currency: "U S" })).toEqual({
      status: 400,
      body: { ok: false, error: "The currency is not valid." },
    });
  });
});

// ---- helpers -------------------------------------------------------------------------------------------

const parse = transactionFormParser({ description: "Transfer" });

/** A source funded with `funds`, a destination, the form moving `amount` between them, and the count before. */
async function fundedForm(funds: bigint, amount: string) {
  const { source, destination } = await ledger.newBalances("Transfers");
  await ledger.fund(source, funds);
  const input = parse({ source, destination, amount });
  return { source, destination, input, before: await ledger.countTransactions() };
}

function transactionIdOf(result: Awaited<ReturnType<typeof createTransactionFromInput>>): string {
  if (!result.ok) throw new Error(`expected a created transaction, got ${JSON.stringify(result)}`);
  return result.data.transactionId;
}

const db = () => appDb({ kind: "pglite", dataDir });

async function idempotencyRow(reference: string) {
  return (await db())
    .selectFrom("ledger_desk_idempotency")
    .selectAll()
    .where("key", "=", `create_transaction:${reference}`)
    .executeTakeFirst();
}

/** A ledger answer as its JSON text, so big numbers can be read without Number. */
async function raw(on: LedgerProcess, route: string): Promise<string> {
  const response = await fetch(`${on.url}${route}`, { headers: { "x-blnk-key": KEY } });
  if (!response.ok) throw new Error(`GET ${route}: ${response.status}`);
  return response.text();
}

async function balanceText(on: LedgerProcess, id: string): Promise<string | undefined> {
  return /"balance":(-?\d+)/.exec(await raw(on, `/balances/${id}`))?.[1];
}

function transactionJson(id: string, reference: string) {
  return `{"precise_amount":${HUGE},"amount":1.2345678901234568e+29,"precision":100,"overdraft_limit":0,
"transaction_id":"${id}","parent_transaction":"","source":"bln_a","destination":"bln_b","reference":"${reference}",
"currency":"USD","description":"Transfer","status":"APPLIED","hash":"h","allow_overdraft":false,"inflight":false,
"skip_queue":true,"atomic":false,"created_at":"2026-08-22T10:00:00Z","scheduled_for":"0001-01-01T00:00:00Z",
"inflight_expiry_date":"0001-01-01T00:00:00Z","inflight_commit_date":"0001-01-01T00:00:00Z","meta_data":{}}`;
}
