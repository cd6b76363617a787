import { beforeEach, describe, expect, it, vi } from "vitest";
import { forgetDryRunSupport, supportsDryRun } from "@/lib/blnk/dry-run-support";
import { transactionBalanceNotFoundJson } from "@/lib/blnk/test-fixtures";
import { json, type TestServer } from "@/lib/blnk/test-server";
import { misconfigureBlnkUrl, pointBlnkAtClosedPort } from "@/lib/test-support/blnk-env";
import { fieldRefusal } from "@/lib/test-support/failures";
import type { LedgerProcess } from "@/lib/test-support/ledger-process";
import { ledgerSuiteForFile } from "@/lib/test-support/ledger-suite";
import { REFUSED_USD_AMOUNTS, transactionFormParser } from "@/lib/test-support/transaction-form";
import { previewFromInput } from "./preview";

// previewFromInput: each balance before and after, or why Blnk would refuse, and never a write. From Core's
// dry run where the server is known to have one (lib/blnk/dry-run-support.ts), else estimated from the
// balances. Against a stub answering as Core (both paths, and the old Cores a dry run would write on), and
// against the embedded ledger as the current Core and as 0.15.2 (LEDGER_CORE_PROFILE, no dry runs: there a
// POST /transactions with dry_run is recorded for real).

// Each case makes several HTTP round trips to a ledger process and the app database; on a loaded two-core
// machine that can pass Vitest's 5 s default without anything being wrong.
vi.setConfig({ testTimeout: 30_000 });

const KEY = "create-transaction-preview-test-key-5e1b";
const { current, old, stub } = ledgerSuiteForFile({
  key: KEY,
  ledgers: { current: null, old: "0.15.2" },
  stub: true,
  env: (suite) => ({
    BLNK_URL: suite.stub.baseUrl,
    BLNK_API_KEY: KEY,
    BLNK_TIMEOUT_MS: "3000",
    CURRENCY_PRECISION: undefined,
  }),
  timeout: 90_000,
});
beforeEach(() => {
  forgetDryRunSupport();
  // The estimate asks whether the reference is taken (Core's dry run reports that too): here it is free.
  stub.on(
    "GET /transactions/reference/ref_preview",
    json(
      404,
      `{"error":"Transaction with reference 'ref_preview' not found","error_detail":{"code":"TXN_NOT_FOUND","message":"not found"}}`,
    ),
  );
});

const E64 = 2n ** 64n;
const PROBE = "POST /transactions/inflight/bulk/void";

const input = transactionFormParser({ description: "Preview", reference: "ref_preview" });

type Preview = Awaited<ReturnType<typeof previewFromInput>>;

/** The view with each amount as its exact minor units, to compare without the formatting. */
function exact(result: Preview) {
  if (!result.ok) throw new Error(`expected a preview, got ${JSON.stringify(result)}`);
  const { amount, parties, wouldApply, refusal, estimate, notes } = result.data;
  return {
    amount: amount.raw,
    parties: parties.map((party) => ({
      role: party.role,
      id: party.id,
      virtual: party.virtual,
      balance: [party.balanceBefore.raw, party.balanceAfter.raw],
      ...(party.inflightBefore ? { inflight: [party.inflightBefore.raw, party.inflightAfter?.raw] } : {}),
    })),
    wouldApply,
    refusal: refusal && {
      code: refusal.code,
      message: refusal.message,
      ...(refusal.shortfall ? { shortfall: refusal.shortfall.raw } : {}),
    },
    estimate,
    notes,
  };
}

// ---- stub answers --------------------------------------------------------------------------------------

const bulkPreviewJson = `{"dry_run":true,"would_apply":false,"cumulative":false,"atomic":false,"results":[
{"dry_run":true,"would_apply":false,"rejection":{"code":"TXN_NOT_FOUND","reason":"","message":"not found"},
"operation":"void","currency":"","amount":0,"precise_amount":"","precision":0,"balances":null}]}`;
const bulkEnvelopeJson = `{"succeeded":0,"failed":1,"results":[{"transaction_id":"txn_00000000-0000-4000-8000-000000000000",
"status":"failed","code":"TXN_NOT_FOUND","message":"transaction not found"}]}`;

type Side = {
  id: string;
  role: string;
  virtual?: boolean;
  before: [bigint, bigint, bigint, bigint];
  after: [bigint, bigint, bigint];
};

/** One BalanceProjection: before = [balance, available, inflight debit, inflight credit], after = [balance, inflight debit, inflight credit]. */
function projectionJson({ id, role, virtual, before, after }: Side) {
  const [balance, available, debit, credit] = before;
  const [rBalance, rDebit, rCredit] = after;
  return `{"balance_id":"${id}","role":"${role}","currency":"USD",${virtual ? `"virtual":true,` : ""}
"current_balance":"${balance}","current_available":"${available}","current_credit_balance":"0",
"current_debit_balance":"0","current_inflight_debit_balance":"${debit}","current_inflight_credit_balance":"${credit}",
"resulting_balance":"${rBalance}","resulting_available":"${rBalance - rDebit}","resulting_credit_balance":"0",
"resulting_debit_balance":"0","resulting_inflight_debit_balance":"${rDebit}","resulting_inflight_credit_balance":"${rCredit}"}`;
}

function dryRunJson(fields: {
  wouldApply: boolean;
  rejection?: string;
  status?: string;
  sides: Side[];
  notes?: string[];
}) {
  return `{"dry_run":true,"would_apply":${fields.wouldApply},${fields.rejection ? `"rejection":${fields.rejection},` : ""}
${fields.status ? `"status":"${fields.status}",` : ""}"reference":"r","currency":"USD","amount":0,"precise_amount":"1",
"precision":100,"balances":[${fields.sides.map(projectionJson).join(",")}]${fields.notes ? `,"notes":${JSON.stringify(fields.notes)}` : ""}}`;
}

function balanceJson(
  id: string,
  balance: bigint,
  inflightDebit = 0n,
  inflightCredit = 0n,
  indicator?: string,
) {
  return `{"balance":${balance},"version":1,"inflight_balance":${inflightCredit - inflightDebit},"credit_balance":0,
"inflight_credit_balance":${inflightCredit},"debit_balance":0,"inflight_debit_balance":${inflightDebit},
"ledger_id":"ldg_1","identity_id":"","balance_id":"${id}",${indicator ? `"indicator":"${indicator}",` : ""}"currency":"USD",
"created_at":"2026-08-22T10:00:00Z","inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null}`;
}

const writesTo = (server: TestServer) =>
  server.requests.filter((r) => r.method === "POST" && r.path === "/transactions");

describe("previewFromInput with Core's dry run", () => {
  beforeEach(() => {
    stub.on(PROBE, json(200, bulkPreviewJson));
  });

  it("shows Core's projection, asked for with dry_run and the exact amount, and reads no balance itself", async () => {
    stub.on(
      "POST /transactions",
      json(
        200,
        dryRunJson({
          wouldApply: true,
          status: "APPLIED",
          sides: [
            { id: "bln_src", role: "source", before: [5000n, 4000n, 1000n, 0n], after: [4000n, 1000n, 0n] },
            {
              id: "@new",
              role: "destination",
              virtual: true,
              before: [0n, 0n, 0n, 0n],
              after: [1000n, 0n, 0n],
            },
          ],
          notes: ["scheduled_for is ignored in a dry run"],
        }),
      ),
    );

    const result = await previewFromInput(
      input({ destination: "@new", metadata: [{ key: "k", value: "v" }] }),
    );

    expect(exact(result)).toEqual({
      amount: "1000",
      parties: [
        { role: "source", id: "bln_src", virtual: false, balance: ["5000", "4000"] },
        { role: "destination", id: "@new", virtual: true, balance: ["0", "1000"] },
      ],
      wouldApply: true,
      refusal: null,
      estimate: false,
      notes: ["scheduled_for is ignored in a dry run"],
    });
    expect(result.ok && result.data.parties[0]?.balanceAfter.text).toBe("40.00 USD");
    expect(stub.requests.map((r) => `${r.method} ${r.path}`)).toEqual([PROBE, "POST /transactions"]);
    const sent = writesTo(stub)[0]?.body ?? "";
    expect(sent).toContain(`"precise_amount":1000,"precision":100,`);
    expect(JSON.parse(sent)).toMatchObject({ dry_run: true, skip_queue: true, meta_data: { k: "v" } });
    // A preview is nobody's write: no author in its metadata.
    expect(JSON.parse(sent).meta_data).not.toHaveProperty("created_by");
  });

  it("asks the server once, then goes straight to the dry run", async () => {
    stub.on("POST /transactions", json(200, dryRunJson({ wouldApply: true, status: "APPLIED", sides: [] })));
    await previewFromInput(input({}));
    await previewFromInput(input({}));
    expect(stub.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      PROBE,
      "POST /transactions",
      "POST /transactions",
    ]);
  });

  it("shows a hold on the inflight balances", async () => {
    stub.on(
      "POST /transactions",
      json(
        200,
        dryRunJson({
          wouldApply: true,
          status: "INFLIGHT",
          sides: [
            { id: "bln_src", role: "source", before: [5000n, 5000n, 0n, 0n], after: [5000n, 1000n, 0n] },
            { id: "bln_dst", role: "destination", before: [7n, 7n, 0n, 0n], after: [7n, 0n, 1000n] },
          ],
        }),
      ),
    );
    const result = await previewFromInput(input({ inflight: true }));
    expect(exact(result).parties).toEqual([
      { role: "source", id: "bln_src", virtual: false, balance: ["5000", "5000"], inflight: ["0", "-1000"] },
      { role: "destination", id: "bln_dst", virtual: false, balance: ["7", "7"], inflight: ["0", "1000"] },
    ]);
    expect(JSON.parse(writesTo(stub)[0]?.body ?? "{}")).toMatchObject({ inflight: true, dry_run: true });
  });

  it("shows Core's refusal with the shortfall, exact beyond 2^64", async () => {
    const available = E64 * 3n;
    const amount = E64 * E64; // 2^128 minor units
    stub.on(
      "POST /transactions",
      json(
        200,
        dryRunJson({
          wouldApply: false,
          rejection: `{"code":"TXN_INSUFFICIENT_FUNDS","reason":"insufficient_funds","message":"failed to apply transaction to balances: insufficient funds in source balance"}`,
          sides: [
            {
              id: "bln_src",
              role: "source",
              before: [available + E64, available, E64, 0n],
              after: [available + E64, E64, 0n],
            },
            { id: "bln_dst", role: "destination", before: [E64, E64, 0n, 0n], after: [E64, 0n, 0n] },
          ],
        }),
      ),
    );

    const result = await previewFromInput(
      input({ amount: `${amount / 100n}.${String(amount % 100n).padStart(2, "0")}` }),
    );

    expect(exact(result)).toMatchObject({
      amount: amount.toString(),
      wouldApply: false,
      refusal: {
        code: "TXN_INSUFFICIENT_FUNDS",
        message: "Insufficient funds",
        shortfall: String(amount - available),
      },
      parties: [
        { balance: [String(available + E64), String(available + E64)] },
        { balance: [String(E64), String(E64)] },
      ],
    });
  });

  it.each([
    [
      "words a duplicate reference",
      `{"code":"TXN_DUPLICATE_REFERENCE","reason":"validation","message":"transaction validation failed: reference r has already been used"}`,
      { code: "TXN_DUPLICATE_REFERENCE", message: "A transaction with this reference exists already" },
    ],
    [
      "passes on Core's message for a refusal it has no words for",
      `{"code":"TXN_VALIDATION_ERROR","reason":"","message":"Optimistic locking failure: balance with ID 'bln_src' may have been updated"}`,
      {
        code: "TXN_VALIDATION_ERROR",
        message: "Optimistic locking failure: balance with ID 'bln_src' may have been updated",
      },
    ],
  ])("%s", async (_name, rejection, refusal) => {
    const side = (id: string, role: string): Side => ({
      id,
      role,
      before: [0n, 0n, 0n, 0n],
      after: [0n, 0n, 0n],
    });
    stub.on(
      "POST /transactions",
      json(
        200,
        dryRunJson({
          wouldApply: false,
          rejection,
          sides: [side("bln_src", "source"), side("bln_dst", "destination")],
        }),
      ),
    );
    expect(exact(await previewFromInput(input({}))).refusal).toEqual(refusal);
  });

  it("puts a balance ID Core cannot find at the field that names it", async () => {
    // Core's dry run: respondError upgrades GEN_NOT_FOUND to TXN_NOT_FOUND; the message names the balance.
    const missing = (id: string) => json(404, transactionBalanceNotFoundJson(id));
    stub.on("POST /transactions", missing("bln_dst"));
    expect(await previewFromInput(input({}))).toEqual(
      fieldRefusal({ destination: "No balance has this ID." }),
    );
    stub.on("POST /transactions", missing("bln_src"));
    expect(await previewFromInput(input({}))).toEqual(fieldRefusal({ source: "No balance has this ID." }));
  });
});

describe("previewFromInput on a Core without dry runs never sends one", () => {
  it.each([
    ["0.14.2–0.15.2 (the bulk envelope)", json(200, bulkEnvelopeJson)],
    ["0.13.x (gin's 404)", undefined],
    [
      "a key without the scope (403)",
      json(403, `{"error":"Insufficient permissions for transactions:write"}`),
    ],
    ["a failing server (500)", json(500, `{"error":"boom"}`)],
  ])("%s: estimates from the balances instead", async (_, probeAnswer) => {
    if (probeAnswer) stub.on(PROBE, probeAnswer);
    stub.on("GET /balances/bln_src", json(200, balanceJson("bln_src", 5000n)));
    stub.on("GET /balances/bln_dst", json(200, balanceJson("bln_dst", 0n)));
    // Were a POST /transactions sent here, this old Core would record it.
    stub.on("POST /transactions", json(201, "{}"));

    for (let i = 0; i < 3; i++) {
      expect(exact(await previewFromInput(input({})))).toMatchObject({ estimate: true, wouldApply: true });
    }

    expect(writesTo(stub)).toEqual([]);
    expect(stub.requests.every((r) => r.method === "GET" || `${r.method} ${r.path}` === PROBE)).toBe(true);
  });
});

describe("previewFromInput estimated from the balances", () => {
  beforeEach(() => {
    stub.on(PROBE, json(200, bulkEnvelopeJson));
  });

  it("shows the balances after, and says it is an estimate", async () => {
    stub.on("GET /balances/bln_src", json(200, balanceJson("bln_src", 5000n, 1000n)));
    stub.on(
      "GET /balances/indicator/%40fees/currency/USD",
      json(200, balanceJson("bln_fees", 20n, 0n, 0n, "@fees")),
    );

    expect(exact(await previewFromInput(input({ destination: "@fees", amount: "40" })))).toEqual({
      amount: "4000",
      parties: [
        { role: "source", id: "bln_src", virtual: false, balance: ["5000", "1000"] },
        { role: "destination", id: "bln_fees", virtual: false, balance: ["20", "4020"] },
      ],
      wouldApply: true,
      refusal: null,
      estimate: true,
      notes: [],
    });
  });

  it("refuses what is not available with the exact shortfall, beyond 2^64, and shows nothing moving", async () => {
    const balance = E64 * E64;
    const held = E64 + 5n;
    stub.on("GET /balances/bln_src", json(200, balanceJson("bln_src", balance, held)));
    stub.on("GET /balances/bln_dst", json(200, balanceJson("bln_dst", -E64)));
    const amount = balance * 10n + 1n;

    const result = await previewFromInput(
      input({ amount: `${amount / 100n}.${String(amount % 100n).padStart(2, "0")}` }),
    );

    expect(exact(result)).toEqual({
      amount: amount.toString(),
      parties: [
        { role: "source", id: "bln_src", virtual: false, balance: [String(balance), String(balance)] },
        { role: "destination", id: "bln_dst", virtual: false, balance: [String(-E64), String(-E64)] },
      ],
      wouldApply: false,
      refusal: {
        code: "TXN_INSUFFICIENT_FUNDS",
        message: "Insufficient funds",
        shortfall: String(amount - (balance - held)),
      },
      estimate: true,
      notes: [],
    });
    // The same with the overdraft allowed: applied, the source below zero, exactly.
    const overdraft = exact(
      await previewFromInput(
        input({ amount: `${amount / 100n}.${String(amount % 100n).padStart(2, "0")}`, allowOverdraft: true }),
      ),
    );
    expect(overdraft).toMatchObject({ wouldApply: true, refusal: null });
    expect(overdraft.parties.map((p) => p.balance[1])).toEqual([
      String(balance - amount),
      String(amount - E64),
    ]);
  });

  it("shows a hold moving the inflight balances, the balances unchanged", async () => {
    stub.on("GET /balances/bln_src", json(200, balanceJson("bln_src", 5000n, 500n)));
    stub.on("GET /balances/bln_dst", json(200, balanceJson("bln_dst", 0n, 0n, 300n)));

    expect(exact(await previewFromInput(input({ inflight: true, amount: "45.00" })))).toMatchObject({
      wouldApply: true,
      parties: [
        { role: "source", balance: ["5000", "5000"], inflight: ["-500", "-5000"] },
        { role: "destination", balance: ["0", "0"], inflight: ["300", "4800"] },
      ],
    });
    // 45.01 is one cent more than the 45.00 the earlier hold leaves available.
    expect(exact(await previewFromInput(input({ inflight: true, amount: "45.01" })))).toMatchObject({
      wouldApply: false,
      refusal: { code: "TXN_INSUFFICIENT_FUNDS", shortfall: "1" },
      parties: [{ balance: ["5000", "5000"] }, { balance: ["0", "0"] }],
    });
  });

  it("projects a new @indicator from zero, as a virtual balance", async () => {
    stub.on("GET /balances/bln_src", json(200, balanceJson("bln_src", 5000n)));
    const missing = `{"error":"balance with indicator '@brand-new' not found","error_detail":{"code":"BAL_NOT_FOUND","message":"balance with indicator '@brand-new' not found"}}`;
    stub.on("GET /balances/indicator/%40brand-new/currency/USD", json(404, missing));

    expect(exact(await previewFromInput(input({ destination: "@brand-new" }))).parties[1]).toEqual({
      role: "destination",
      id: "@brand-new",
      virtual: true,
      balance: ["0", "1000"],
    });
  });

  it("names the field of a balance ID that does not exist", async () => {
    const missing = (id: string) =>
      json(
        404,
        `{"error":"Balance with ID '${id}' not found","error_detail":{"code":"BAL_NOT_FOUND","message":"Balance with ID '${id}' not found"}}`,
      );
    stub.on("GET /balances/bln_src", missing("bln_src"));
    stub.on("GET /balances/bln_dst", json(200, balanceJson("bln_dst", 0n)));
    expect(await previewFromInput(input({}))).toEqual(fieldRefusal({ source: "No balance has this ID." }));
    stub.on("GET /balances/bln_src", json(200, balanceJson("bln_src", 0n)));
    stub.on("GET /balances/bln_dst", missing("bln_dst"));
    expect(await previewFromInput(input({}))).toEqual(
      fieldRefusal({ destination: "No balance has this ID." }),
    );
  });

  it("counts a currency of unknown precision in minor units, and says so", async () => {
    stub.on("GET /balances/bln_src", json(200, balanceJson("bln_src", 900n)));
    stub.on("GET /balances/bln_dst", json(200, balanceJson("bln_dst", 0n)));
    const result = await previewFromInput(input({ currency: "Points", amount: "250" }));
    expect(exact(result)).toMatchObject({
      amount: "250",
      notes: [expect.stringContaining("does not know how many decimals Points has")],
    });
    expect(result.ok && result.data.amount.text).toBe("250 minor units");
  });
});

describe("previewFromInput refusals before Blnk, and failures", () => {
  it.each(REFUSED_USD_AMOUNTS)(
    "answers %s with an amount field error and asks Blnk nothing",
    async (amount, message) => {
      expect(await previewFromInput(input({ amount }))).toEqual(fieldRefusal({ amount: message }));
      expect(stub.requests).toEqual([]);
    },
  );

  it("says which URL it cannot reach", async () => {
    const error = await pointBlnkAtClosedPort();
    expect(await previewFromInput(input({}))).toEqual({ ok: false, error, fieldErrors: {} });
  });

  it("names a misconfigured variable instead of failing the request", async () => {
    const error = misconfigureBlnkUrl();
    expect(await previewFromInput(input({}))).toEqual({ ok: false, error, fieldErrors: {} });
  });
});

// ---- the embedded ledger ----------------------------------------------------------------------------------

/** What a preview must show on either path, the same from Core's dry run and from the estimate. */
async function previewsAgree(ledger: LedgerProcess) {
  process.env.BLNK_URL = ledger.url;
  const { source, destination } = await ledger.newBalances("Preview");
  const held = E64 * E64; // 2^128 minor units
  await ledger.fund(source, held + 1000n);
  const before = await ledger.countTransactions();
  const text = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, "0")}`;

  const fits = exact(await previewFromInput(input({ source, destination, amount: text(held) })));
  expect(fits).toMatchObject({
    amount: String(held),
    wouldApply: true,
    refusal: null,
    parties: [
      { role: "source", id: source, virtual: false, balance: [String(held + 1000n), "1000"] },
      { role: "destination", id: destination, virtual: false, balance: ["0", String(held)] },
    ],
  });

  const tooMuch = held + 1000n + E64;
  const short = exact(await previewFromInput(input({ source, destination, amount: text(tooMuch) })));
  expect(short).toMatchObject({
    wouldApply: false,
    refusal: { code: "TXN_INSUFFICIENT_FUNDS", message: "Insufficient funds", shortfall: String(E64) },
    parties: [{ balance: [String(held + 1000n), String(held + 1000n)] }, { balance: ["0", "0"] }],
  });

  const hold = exact(await previewFromInput(input({ source, destination, amount: "10.00", inflight: true })));
  expect(hold).toMatchObject({
    wouldApply: true,
    parties: [
      { role: "source", balance: [String(held + 1000n), String(held + 1000n)], inflight: ["0", "-1000"] },
      { role: "destination", balance: ["0", "0"], inflight: ["0", "1000"] },
    ],
  });

  const indicator = `@preview-${crypto.randomUUID()}`;
  const virtual = exact(await previewFromInput(input({ source, destination: indicator, amount: "0.01" })));
  expect(virtual.parties[1]).toEqual({
    role: "destination",
    id: indicator,
    virtual: true,
    balance: ["0", "1"],
  });

  expect(await previewFromInput(input({ source: "bln_does_not_exist", destination }))).toEqual(
    fieldRefusal({ source: "No balance has this ID." }),
  );
  expect(await previewFromInput(input({ source, destination: "bln_does_not_exist" }))).toEqual(
    fieldRefusal({ destination: "No balance has this ID." }),
  );

  // Nothing was written: no transaction, no balance moved, the @indicator not created.
  expect(await ledger.countTransactions()).toBe(before);
  expect(await ledger.call("GET", `/balances/${destination}`)).toMatchObject({ balance: 0 });
  await expect(
    ledger.call("GET", `/balances/indicator/${encodeURIComponent(indicator)}/currency/USD`),
  ).rejects.toThrow(/404/);
  return { fits, short };
}

describe("previewFromInput against the embedded ledger as 0.15.2 (no dry runs)", () => {
  it("estimates, and never sends the dry run this Core would carry out for real", async () => {
    process.env.BLNK_URL = old.url;
    expect(await supportsDryRun()).toBe(false);
    const { fits } = await previewsAgree(old);
    expect(fits.estimate).toBe(true);

    // What was at stake: this Core ignores dry_run and records the transaction for real.
    const { source, destination } = await old.newBalances("Preview");
    const before = await old.countTransactions();
    await old.call("POST", "/transactions", {
      precise_amount: 1,
      precision: 100,
      currency: "USD",
      source,
      destination,
      description: "Not a dry run here",
      reference: `control_${crypto.randomUUID()}`,
      allow_overdraft: true,
      skip_queue: true,
      dry_run: true,
    });
    expect(await old.countTransactions()).toBe(before + 1);
  });
});

describe("previewFromInput against the embedded ledger as the current Core", () => {
  it("uses Core's dry run, shows the same figures as the estimate, and writes nothing", async () => {
    process.env.BLNK_URL = current.url;
    // The probe's bulk void of an unknown hold, answered with a projection (dry runs, after 0.15.2).
    expect(await supportsDryRun()).toBe(true);
    const { fits } = await previewsAgree(current);
    expect(fits.estimate).toBe(false);
  });

  it("leaves the reference free: the same form's dry run may be asked for again and again", async () => {
    process.env.BLNK_URL = current.url;
    const { source, destination } = await current.newBalances("Preview");
    await current.fund(source, 5000n);
    const before = await current.countTransactions();
    const form = input({ source, destination, amount: "12.34" });
    for (let i = 0; i < 2; i++) {
      expect(exact(await previewFromInput(form))).toMatchObject({
        estimate: false,
        wouldApply: true,
        refusal: null,
        parties: [{ balance: ["5000", "3766"] }, { balance: ["0", "1234"] }],
      });
    }
    expect(await current.countTransactions()).toBe(before);
    await expect(current.call("GET", `/transactions/reference/${form.reference}`)).rejects.toThrow(/404/);
  });
});
