import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listAudit, verifyAuditChain } from "@/lib/audit/store";
import { AUDIT_UNAVAILABLE } from "@/lib/audit/trail";
import { createdBalanceJson, LEDGER_ID } from "@/lib/blnk/test-fixtures";
import { coreError, json } from "@/lib/blnk/test-server";
import { appDb } from "@/lib/db";
import { OPS } from "@/lib/test-support/actors";
import { whileAuditRefused } from "@/lib/test-support/app-db";
import { misconfigureBlnkUrl, pointBlnkAtClosedPort } from "@/lib/test-support/blnk-env";
import { fieldRefusal, formRefusal, inDoubtRefusal } from "@/lib/test-support/failures";
import { writePathSuiteForFile } from "@/lib/test-support/ledger-suite";
import { createBalanceAction } from "./actions";
import { createBalanceFromInput as createAs, MESSAGES, settleWindowMs } from "./create";
import {
  type CreateBalanceFormValues,
  type CreateBalanceInput,
  createBalanceSchema,
  emptyCreateBalanceForm,
} from "./schema";

const createBalanceFromInput = (input: CreateBalanceInput) => createAs(input, OPS);

// createBalanceFromInput and createBalanceAction against the real embedded ledger, run as its own process and
// reached over HTTP only (lib/ may not import embedded-ledger/, see lib/architecture.test.ts), in secure mode
// so every call carries the key. A stub server covers the Core answers the embedded ledger cannot be made to
// give. The idempotency records live in Ledger Desk's database: an embedded one of this file's own.

const KEY = "create-balance-test-secret-key-7f3a";
const { ledger, stub, dataDir } = writePathSuiteForFile("create-balance", KEY);

describe("createBalanceFromInput against the embedded ledger", () => {
  it("creates the balance with the form's fields, the person's metadata and the request ID", async () => {
    const ledgerId = await newLedger("Customer Wallets");
    const input = parse({ ledgerId, currency: "usd", metadata: [{ key: " tier ", value: "gold" }] });

    const result = await createBalanceFromInput(input);

    expect(result).toEqual({
      ok: true,
      data: { balanceId: expect.stringMatching(/^bln_/), wasRetry: false },
    });
    const stored = await getBalance(balanceIdOf(result));
    expect(stored).toMatchObject({
      ledger_id: ledgerId,
      currency: "USD",
      identity_id: "",
      track_fund_lineage: false,
      allocation_strategy: "FIFO",
      meta_data: {
        tier: "gold",
        created_by: "ops@example.com",
        created_via: "ledger-desk",
        ledger_desk_request_id: input.requestId,
      },
    });
  });

  it("creates one balance for one requestId: a retry answers with the first balance", async () => {
    const ledgerId = await newLedger("Retries");
    const input = parse({ ledgerId, currency: "EUR" });

    const first = await createBalanceFromInput(input);
    const second = await createBalanceFromInput(input);

    expect(second).toEqual({ ok: true, data: { balanceId: balanceIdOf(first), wasRetry: true } });
    expect(await balanceIdsIn(ledgerId)).toEqual([balanceIdOf(first)]);
  });

  it("creates one balance when the same submission arrives twice at once", async () => {
    const ledgerId = await newLedger("Double click");
    const input = parse({ ledgerId, currency: "EUR" });

    const results = await Promise.all([createBalanceFromInput(input), createBalanceFromInput(input)]);

    const ids = await balanceIdsIn(ledgerId);
    expect(ids).toHaveLength(1);
    expect(results).toEqual([
      { ok: true, data: { balanceId: ids[0], wasRetry: false } },
      { ok: true, data: { balanceId: ids[0], wasRetry: true } },
    ]);
  });

  it("names the ledger field for an unknown ledger and creates nothing", async () => {
    const before = await countBalances();
    const result = await createBalanceFromInput(parse({ ledgerId: "ldg_does_not_exist", currency: "USD" }));

    expect(result).toEqual(fieldRefusal({ ledgerId: "No ledger has this ID." }));
    expect(await countBalances()).toBe(before);
  });

  it("names the identity field for an unknown identity and creates nothing", async () => {
    const ledgerId = await newLedger("Owners");
    const input = parse({ ledgerId, currency: "USD", assignOwner: true, identityId: "idt_does_not_exist" });

    const result = await createBalanceFromInput(input);

    expect(result).toEqual(fieldRefusal({ identityId: "No identity has this ID." }));
    expect(await balanceIdsIn(ledgerId)).toEqual([]);
  });

  it("names both fields when both are unknown", async () => {
    const before = await countBalances();
    const input = parse({ ledgerId: "ldg_nope", currency: "USD", assignOwner: true, identityId: "idt_nope" });

    expect(await createBalanceFromInput(input)).toEqual(
      fieldRefusal({ ledgerId: "No ledger has this ID.", identityId: "No identity has this ID." }),
    );
    expect(await countBalances()).toBe(before);
  });

  it("stores lineage tracking, the LIFO allocation and the owner", async () => {
    const ledgerId = await newLedger("Lineage");
    const identityId = await newIdentity({ first_name: "Grace", last_name: "Hopper" });
    const input = parse({
      ledgerId,
      currency: "USD",
      trackFundLineage: true,
      assignOwner: true,
      identityId,
      allocationStrategy: "LIFO",
    });

    const result = await createBalanceFromInput(input);

    expect(await getBalance(balanceIdOf(result))).toMatchObject({
      ledger_id: ledgerId,
      identity_id: identityId,
      track_fund_lineage: true,
      allocation_strategy: "LIFO",
      meta_data: { ledger_desk_request_id: input.requestId },
    });
  });

  it("sends the owner without lineage, and ignores an identity left in a switched-off owner field", async () => {
    const ledgerId = await newLedger("Owner only");
    const identityId = await newIdentity({ first_name: "Alan", last_name: "Turing" });

    const owned = await createBalanceFromInput(
      parse({ ledgerId, currency: "GBP", assignOwner: true, identityId }),
    );
    const unowned = await createBalanceFromInput(
      parse({ ledgerId, currency: "GBP", assignOwner: false, identityId: "idt_left_over" }),
    );

    expect(await getBalance(balanceIdOf(owned))).toMatchObject({
      identity_id: identityId,
      track_fund_lineage: false,
    });
    expect(await getBalance(balanceIdOf(unowned))).toMatchObject({
      identity_id: "",
      track_fund_lineage: false,
    });
  });

  it("says which URL it cannot reach when Blnk is down, and creates nothing", async () => {
    const before = await countBalances();
    const error = await pointBlnkAtClosedPort();

    const result = await createBalanceFromInput(parse({ ledgerId: "ldg_any", currency: "USD" }));

    expect(result).toEqual({ ok: false, error, fieldErrors: {} });
    process.env.BLNK_URL = ledger.url;
    expect(await countBalances()).toBe(before);
  });

  it("reports a rejected key in plain words without echoing it", async () => {
    process.env.BLNK_API_KEY = "wrong-key-that-must-not-leak";

    const result = await createBalanceFromInput(parse({ ledgerId: "ldg_any", currency: "USD" }));

    expect(result).toEqual(formRefusal("Blnk rejected the API key. Check BLNK_API_KEY."));
    expect(JSON.stringify(result)).not.toContain("wrong-key");
  });
});

describe("createBalanceFromInput when the failure is not Blnk's", () => {
  it("names the misconfigured variable", async () => {
    const error = misconfigureBlnkUrl();
    expect(await createBalanceFromInput(parse({ ledgerId: "ldg_any", currency: "USD" }))).toEqual({
      ok: false,
      error,
      fieldErrors: {},
    });
  });

  it("logs a bug as one structured line and answers a generic message", async () => {
    const ledgerId = await newLedger("Bug");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // Input that skipped the schema: metadataObject fails after the checks have passed.
    const input = { ...parse({ ledgerId, currency: "USD" }), metadata: null as never };

    const result = await createBalanceFromInput(input);

    expect(result).toEqual(formRefusal(MESSAGES.unexpected));
    expect(logged).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(logged.mock.calls[0]?.[0]))).toEqual({
      level: "error",
      event: "create_balance_failed",
      error: "TypeError",
      message: expect.any(String),
    });
    logged.mockRestore();
    expect(await balanceIdsIn(ledgerId)).toEqual([]);
  });
});

describe("createBalanceAction", () => {
  it("parses the raw form values on the server and creates the balance", async () => {
    const ledgerId = await newLedger("From the form");
    const result = await createBalanceAction({ ...emptyCreateBalanceForm(), ledgerId, currency: " usd " });

    expect(await getBalance(balanceIdOf(result))).toMatchObject({
      ledger_id: ledgerId,
      currency: "USD",
      // Demo mode (no sign-in configured, loopback): the actor is the demo user.
      meta_data: { created_by: "demo", created_via: "ledger-desk" },
    });
  });

  it("refuses to let the form set who created the balance", async () => {
    const ledgerId = await newLedger("Forged author");
    const result = await createBalanceAction({
      ...emptyCreateBalanceForm(),
      ledgerId,
      currency: "USD",
      metadata: [{ key: "created_by", value: "someone-else" }],
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { metadata: expect.stringContaining("created_by") },
    });
  });

  it("answers invalid input with the first message per field and creates nothing", async () => {
    const before = await countBalances();
    const result = await createBalanceAction({
      ...emptyCreateBalanceForm(),
      ledgerId: " ",
      currency: "US D",
      assignOwner: true,
      metadata: [
        { key: "ledger_desk_request_id", value: "forged" },
        { key: "2fast", value: "x" },
      ],
    });

    expect(result).toEqual({
      ok: false,
      error: null,
      fieldErrors: {
        ledgerId: "Choose a ledger, or paste a ledger ID.",
        currency: "A currency code has no spaces.",
        identityId: "Choose an identity, or turn off the owner.",
        metadata: "Metadata row 1: Keys starting with ledger_desk_ are reserved.",
      },
    });
    expect(await countBalances()).toBe(before);
  });

  it("gives a form-level message for problems the form cannot show at a field", async () => {
    const before = await countBalances();
    const ledgerId = await newLedger("Tampered");

    expect(await createBalanceAction("ledger_id=x")).toEqual(
      formRefusal("The form data is not valid. Reload the page and try again."),
    );
    expect(
      await createBalanceAction({ ...emptyCreateBalanceForm(), ledgerId, currency: "USD", requestId: "1" }),
    ).toEqual(formRefusal("The form data is not valid. Reload the page and try again."));
    expect(
      await createBalanceAction({
        ...emptyCreateBalanceForm(),
        ledgerId,
        currency: "USD",
        trackFundLineage: true,
        assignOwner: false,
        identityId: "idt_1",
      }),
    ).toEqual(formRefusal("Lineage tracking needs an owner."));
    expect(await countBalances()).toBe(before);
  });
});

describe("createBalanceFromInput with Core answers the embedded ledger cannot give", () => {
  const noEarlierBalance = () => stub.on("POST /balances/filter", json(200, "null"));
  const ledgerExists = () =>
    stub.on(
      `GET /ledgers/${LEDGER_ID}`,
      json(200, `{"ledger_id":"${LEDGER_ID}","name":"W","created_at":"2026-08-01T12:00:00Z","meta_data":{}}`),
    );
  beforeEach(() => {
    process.env.BLNK_URL = stub.baseUrl;
    noEarlierBalance();
    ledgerExists();
  });
  afterEach(() => {
    process.env.BLNK_URL = ledger.url;
  });

  it("turns a late 'Invalid ledger ID' (deleted between check and create) into a form-level message", async () => {
    stub.on("POST /balances", coreError(400, "GEN_BAD_REQUEST", "Invalid ledger ID"));
    expect(await createBalanceFromInput(parse({ ledgerId: LEDGER_ID, currency: "USD" }))).toEqual(
      formRefusal("Blnk rejected the ledger or the identity: check both still exist."),
    );
  });

  it("puts Core's validation errors at the form's fields, in its own words", async () => {
    stub.on(
      "POST /balances",
      json(
        400,
        `{"errors":"allocation_strategy: must be one of: FIFO, LIFO, PROPORTIONAL; currency: cannot be blank."}`,
      ),
    );
    expect(await createBalanceFromInput(parse({ ledgerId: LEDGER_ID, currency: "USD" }))).toEqual({
      ok: false,
      error: null,
      fieldErrors: {
        allocationStrategy: "Choose FIFO, LIFO or PROPORTIONAL.",
        currency: "Blnk did not accept this currency.",
      },
    });
  });

  it("keeps Core's wording of conflicts and internal errors out of the result", async () => {
    stub.on("POST /balances", json(409, `{"error":"Balance already exists for indicator '@x' and 'USD'"}`));
    expect(await createBalanceFromInput(parse({ ledgerId: LEDGER_ID, currency: "USD" }))).toEqual(
      formRefusal(MESSAGES.conflict),
    );

    stub.on("POST /balances", json(500, `{"error":"pq: relation \\"balances\\" does not exist"}`));
    const result = await createBalanceFromInput(parse({ ledgerId: LEDGER_ID, currency: "USD" }));
    expect(result).toEqual({
      ok: false,
      error:
        "Blnk had an internal error (HTTP 500). Try again; if it keeps happening, check the Blnk server logs.",
      fieldErrors: {},
    });
  });

  it("after a timeout, the create is in doubt: a retry creates nothing, and finds the balance once it shows", async () => {
    process.env.BLNK_TIMEOUT_MS = "300";
    const input = parse({ ledgerId: LEDGER_ID, currency: "USD" });
    stub.on("POST /balances", () => "hang");

    expect(await createBalanceFromInput(input)).toEqual(inDoubtRefusal(MESSAGES.inDoubt));
    // Retried at once: Blnk shows nothing yet, and the first create may still land, so nothing is sent.
    expect(await createBalanceFromInput(input)).toMatchObject({ ok: false, inDoubt: true });

    // The server did create it; the list row carries the request ID the first call wrote.
    const row = createdBalanceJson.replace(
      `"meta_data":{"limit":100000000000000000000}`,
      `"meta_data":{"ledger_desk_request_id":"${input.requestId}"}`,
    );
    stub.on("POST /balances/filter", json(200, `[${row}]`));
    expect(await createBalanceFromInput(input)).toEqual({
      ok: true,
      data: { balanceId: "bln_new", wasRetry: true },
    });
    const filter = stub.requests.filter((r) => r.path === "/balances/filter").at(-1);
    expect(JSON.parse(filter?.body ?? "{}")).toMatchObject({
      filters: [
        { field: "ledger_id", operator: "eq", value: LEDGER_ID },
        { field: "meta_data.ledger_desk_request_id", operator: "eq", value: input.requestId },
      ],
      limit: 1,
    });
    expect(stub.requests.filter((r) => r.method === "POST" && r.path === "/balances")).toHaveLength(1);
  });

  it("creates again only once a lost create can no longer land, and then only once", async () => {
    process.env.BLNK_TIMEOUT_MS = "100";
    const input = parse({ ledgerId: LEDGER_ID, currency: "USD" });
    stub.on("POST /balances", () => "hang");
    expect(await createBalanceFromInput(input)).toMatchObject({ ok: false, inDoubt: true });

    await new Promise((resolve) => setTimeout(resolve, settleWindowMs(100) + 50));
    stub.on("POST /balances", json(201, createdBalanceJson.replace("bln_new", "bln_second")));
    const results = await Promise.all([createBalanceFromInput(input), createBalanceFromInput(input)]);
    expect(results.map((r) => r.ok && r.data.balanceId)).toEqual(["bln_second", "bln_second"]);
    expect(stub.requests.filter((r) => r.method === "POST" && r.path === "/balances")).toHaveLength(2);
  });

  it("holds a retry that arrives while the first submission still waits on Blnk, then finds its balance", async () => {
    process.env.BLNK_TIMEOUT_MS = "300";
    const input = parse({ ledgerId: LEDGER_ID, currency: "USD" });
    const row = createdBalanceJson.replace(
      `"meta_data":{"limit":100000000000000000000}`,
      `"meta_data":{"ledger_desk_request_id":"${input.requestId}"}`,
    );
    const wasPosted = () => stub.requests.some((r) => r.method === "POST" && r.path === "/balances");
    // Blnk stores the balance but the answer never arrives; from then on the lookup finds it.
    stub.on("POST /balances/filter", () => json(200, wasPosted() ? `[${row}]` : "null"));
    stub.on("POST /balances", () => "hang");

    const [first, retry] = await Promise.all([createBalanceFromInput(input), createBalanceFromInput(input)]);

    expect(first).toMatchObject({ ok: false, inDoubt: true });
    expect(retry).toEqual({ ok: true, data: { balanceId: "bln_new", wasRetry: true } });
    expect(stub.requests.filter((r) => r.method === "POST" && r.path === "/balances")).toHaveLength(1);
  });

  it("does not take an unrelated balance from an old Core that ignores the filter for a retry", async () => {
    stub.on("POST /balances/filter", json(200, `[${createdBalanceJson}]`));
    stub.on("POST /balances", json(201, createdBalanceJson.replace("bln_new", "bln_fresh")));
    expect(await createBalanceFromInput(parse({ ledgerId: LEDGER_ID, currency: "USD" }))).toEqual({
      ok: true,
      data: { balanceId: "bln_fresh", wasRetry: false },
    });
  });
});

describe("the audit log of a create", () => {
  it("records the attempt with what was sent and who sent it, then the outcome naming the new balance", async () => {
    const ledgerId = await newLedger("Audited");
    const input = parse({ ledgerId, currency: "USD", metadata: [{ key: "email", value: "x@example.com" }] });
    const balanceId = balanceIdOf(await createBalanceFromInput(input));
    const db = await appDb({ kind: "pglite", dataDir });
    const [outcome] = await listAudit({ filters: { recordId: balanceId }, limit: 10, offset: 0 }, db);
    expect(outcome).toMatchObject({ action: "balance.create", outcome: "ok", actorEmail: "ops@example.com" });
    const [attempt] = (
      await listAudit({ filters: { action: "balance.create" }, limit: 50, offset: 0 }, db)
    ).filter((entry) => entry.seq === outcome?.attemptSeq);
    expect(attempt).toMatchObject({ outcome: "attempted", actorId: "usr_ops", actorRole: "operator" });
    expect(JSON.parse(attempt?.request ?? "{}")).toMatchObject({
      ledgerId,
      currency: "USD",
      metadata: { email: "[removed]", ledger_desk_request_id: input.requestId },
    });
    // A retry of the same form sends nothing, so it adds no entry.
    const entries = (await verifyAuditChain(db)).checked;
    await createBalanceFromInput(input);
    expect((await verifyAuditChain(db)).checked).toBe(entries);
    // The Blnk key is in no column of any entry.
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ledger_desk_audit_log`.execute(db);
    expect(JSON.stringify(rows)).not.toContain(KEY);
  });

  it("a create whose audit entry cannot be written is not sent: nothing in Blnk, the form says why", async () => {
    const ledgerId = await newLedger("Audit down");
    const input = parse({ ledgerId, currency: "USD" });
    await whileAuditRefused(await appDb({ kind: "pglite", dataDir }), async () => {
      expect(await createBalanceFromInput(input)).toEqual(formRefusal(AUDIT_UNAVAILABLE));
      expect(await balanceIdsIn(ledgerId)).toEqual([]);
    });
    // Once the log works again, the same form creates the balance.
    const created = balanceIdOf(await createBalanceFromInput(input));
    expect(await balanceIdsIn(ledgerId)).toEqual([created]);
  });
});

// ---- helpers -------------------------------------------------------------------------------------------

function parse(values: Partial<CreateBalanceFormValues>) {
  return createBalanceSchema.parse({ ...emptyCreateBalanceForm(), ...values });
}

function balanceIdOf(result: Awaited<ReturnType<typeof createBalanceFromInput>>): string {
  if (!result.ok) throw new Error(`expected a created balance, got ${JSON.stringify(result)}`);
  return result.data.balanceId;
}

const call = (method: string, route: string, body?: unknown) => ledger.call(method, route, body);
const newLedger = (name: string) => ledger.newLedger(name);
const newIdentity = (fields: Record<string, string>) => ledger.newIdentity(fields);

async function getBalance(id: string): Promise<Record<string, unknown>> {
  return (await call("GET", `/balances/${id}`)) as Record<string, unknown>;
}

async function balanceIdsIn(ledgerId: string): Promise<string[]> {
  const rows = await ledger.rowsWhere<{ balance_id: string }>("balances", "ledger_id", ledgerId, 100);
  return rows.map((row) => row.balance_id);
}

async function countBalances(): Promise<number> {
  const rows = (await call("GET", "/balances?limit=100000")) as unknown[] | null;
  return rows?.length ?? 0;
}
