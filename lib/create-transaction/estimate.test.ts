import { beforeEach, describe, expect, it } from "vitest";
import { BlnkError } from "@/lib/blnk";
import { LEDGER_ID } from "@/lib/blnk/test-fixtures";
import { coreError, json, testServerForFile } from "@/lib/blnk/test-server";
import type { RecordTransactionInput } from "@/lib/blnk/transaction-writes";
import { estimateRecord, PartyNotFound } from "./estimate";

// estimateRecord: the preview for a Core without dry runs, from GET /balances/:id and GET
// /balances/indicator/:ind/currency/:cur on a stub answering as Core, with Core's posting rule
// (model.go canProcessTransaction): available = balance − inflight debit; short of the amount → refused
// with TXN_INSUFFICIENT_FUNDS unless allow_overdraft.

const { server } = testServerForFile({ env: { BLNK_TIMEOUT_MS: "2000" } });

/** 2^64 and well beyond: nothing here may pass through a double. */
const E64 = 2n ** 64n;
const BIG = 10n ** 30n + 7n;

type Standing = { balance?: bigint; inflightDebit?: bigint; inflightCredit?: bigint; indicator?: string };

function balanceJson(
  id: string,
  { balance = 0n, inflightDebit = 0n, inflightCredit = 0n, indicator }: Standing,
) {
  return `{"balance":${balance},"version":4,"inflight_balance":${inflightCredit - inflightDebit},
"credit_balance":${balance > 0n ? balance : 0n},"inflight_credit_balance":${inflightCredit},
"debit_balance":${balance < 0n ? -balance : 0n},"inflight_debit_balance":${inflightDebit},
"ledger_id":"${indicator ? "general_ledger_id" : LEDGER_ID}","identity_id":"","balance_id":"${id}",
${indicator ? `"indicator":"${indicator}",` : ""}"currency":"USD","created_at":"2026-08-22T10:00:00Z",
"inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null,"track_fund_lineage":false,"allocation_strategy":"FIFO"}`;
}

const byId = (id: string, standing: Standing) =>
  server.on(`GET /balances/${id}`, json(200, balanceJson(id, standing)));
const byIndicator = (indicator: string, id: string, standing: Standing) =>
  server.on(
    `GET /balances/indicator/${encodeURIComponent(indicator)}/currency/USD`,
    json(200, balanceJson(id, { ...standing, indicator })),
  );
const notFoundJson = (message: string) => coreError(404, "BAL_NOT_FOUND", message);

function request(fields: Partial<RecordTransactionInput>): RecordTransactionInput {
  return {
    preciseAmount: 1000n,
    precision: 100n,
    currency: "USD",
    source: "bln_src",
    destination: "bln_dst",
    description: "Estimate",
    reference: "ref_estimate",
    allowOverdraft: false,
    inflight: false,
    metadata: {},
    ...fields,
  };
}

const REFERENCE_FREE = json(
  404,
  `{"error":"Transaction with reference 'ref_estimate' not found","error_detail":{"code":"TXN_NOT_FOUND","message":"Transaction with reference 'ref_estimate' not found"}}`,
);

describe("estimateRecord", () => {
  beforeEach(() => server.on("GET /transactions/reference/ref_estimate", REFERENCE_FREE));

  it("refuses a reference another transaction has, as Core's dry run does", async () => {
    byId("bln_src", { balance: 5000n });
    byId("bln_dst", { balance: 0n });
    server.on(
      "GET /transactions/reference/ref_estimate",
      json(
        200,
        `{"transaction_id":"txn_1","reference":"ref_estimate","currency":"USD","precise_amount":5,"precision":100,"status":"APPLIED","description":"x","created_at":"2026-08-22T10:00:00Z"}`,
      ),
    );
    const estimate = await estimateRecord(request({}));
    expect(estimate.wouldApply).toBe(false);
    expect(estimate.rejection?.code).toBe("TXN_DUPLICATE_REFERENCE");
  });

  it("moves the balances by the amount and counts available as balance less inflight debits", async () => {
    byId("bln_src", { balance: 5000n, inflightDebit: 1500n, inflightCredit: 200n });
    byId("bln_dst", { balance: 70n });

    expect(await estimateRecord(request({ preciseAmount: 3500n }))).toEqual({
      wouldApply: true,
      rejection: null,
      status: "APPLIED",
      balances: [
        {
          balanceId: "bln_src",
          role: "source",
          virtual: false,
          before: { balance: 5000n, inflight: -1300n, available: 3500n },
          after: { balance: 1500n, inflight: -1300n },
        },
        {
          balanceId: "bln_dst",
          role: "destination",
          virtual: false,
          before: { balance: 70n, inflight: 0n, available: 70n },
          after: { balance: 3570n, inflight: 0n },
        },
      ],
      notes: [],
    });
    // Reads only: the two balances and whether the reference is taken.
    expect(server.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      "GET /balances/bln_dst",
      "GET /balances/bln_src",
      "GET /transactions/reference/ref_estimate",
    ]);
  });

  it("refuses one minor unit past what is available, as Core does, and leaves the balances as they are", async () => {
    byId("bln_src", { balance: 5000n, inflightDebit: 1500n });
    byId("bln_dst", {});

    const preview = await estimateRecord(request({ preciseAmount: 3501n }));

    expect(preview).toMatchObject({
      wouldApply: false,
      rejection: { code: "TXN_INSUFFICIENT_FUNDS", message: "insufficient funds in source balance" },
      status: null,
    });
    expect(preview.balances.map((b) => [b.before.balance, b.after.balance])).toEqual([
      [5000n, 5000n],
      [0n, 0n],
    ]);
  });

  it("lets an overdraft through, down below zero", async () => {
    byId("bln_src", { balance: 10n });
    byId("bln_dst", {});

    const preview = await estimateRecord(request({ preciseAmount: 1000n, allowOverdraft: true }));

    expect(preview).toMatchObject({ wouldApply: true, rejection: null, status: "APPLIED" });
    expect(preview.balances[0]?.after).toEqual({ balance: -990n, inflight: 0n });
  });

  it("puts a hold on the inflight balances, not the balances", async () => {
    byId("bln_src", { balance: 5000n, inflightDebit: 1000n });
    byId("bln_dst", { balance: 1n, inflightCredit: 2n });

    const preview = await estimateRecord(request({ preciseAmount: 4000n, inflight: true }));

    expect(preview).toMatchObject({ wouldApply: true, status: "INFLIGHT" });
    expect(preview.balances).toMatchObject([
      {
        role: "source",
        before: { balance: 5000n, inflight: -1000n },
        after: { balance: 5000n, inflight: -5000n },
      },
      { role: "destination", before: { balance: 1n, inflight: 2n }, after: { balance: 1n, inflight: 4002n } },
    ]);
    // What holds keep back counts against a second hold too.
    const refused = await estimateRecord(request({ preciseAmount: 4001n, inflight: true }));
    expect(refused).toMatchObject({ wouldApply: false, rejection: { code: "TXN_INSUFFICIENT_FUNDS" } });
    expect(refused.balances[0]?.after).toEqual({ balance: 5000n, inflight: -1000n });
  });

  it("finds an existing @indicator's balance by indicator and currency", async () => {
    byIndicator("@world", "bln_world", { balance: -BIG });
    byId("bln_dst", {});

    const preview = await estimateRecord(
      request({ source: "@world", allowOverdraft: true, preciseAmount: E64 }),
    );

    expect(preview.balances[0]).toEqual({
      balanceId: "bln_world",
      role: "source",
      virtual: false,
      before: { balance: -BIG, inflight: 0n, available: -BIG },
      after: { balance: -BIG - E64, inflight: 0n },
    });
    expect(server.requests.some((r) => r.path === "/balances/indicator/%40world/currency/USD")).toBe(true);
  });

  it("projects an @indicator no balance has yet from zero, as a virtual balance Core creates on first use", async () => {
    byId("bln_src", { balance: BIG });
    server.on(
      "GET /balances/indicator/%40new-payouts/currency/USD",
      notFoundJson("balance with indicator '@new-payouts' not found"),
    );

    const preview = await estimateRecord(request({ destination: "@new-payouts", preciseAmount: E64 }));

    expect(preview.balances[1]).toEqual({
      balanceId: "@new-payouts",
      role: "destination",
      virtual: true,
      before: { balance: 0n, inflight: 0n, available: 0n },
      after: { balance: E64, inflight: 0n },
    });
    // A new @indicator as the source has nothing to spend.
    server.on(
      "GET /balances/indicator/%40empty/currency/USD",
      notFoundJson("balance with indicator '@empty' not found"),
    );
    byId("bln_dst", {});
    expect(await estimateRecord(request({ source: "@empty" }))).toMatchObject({
      wouldApply: false,
      rejection: { code: "TXN_INSUFFICIENT_FUNDS" },
      balances: [{ balanceId: "@empty", virtual: true, before: { available: 0n } }, { balanceId: "bln_dst" }],
    });
  });

  it("reads 0.14's not-found body (400, 'NOT_FOUND: …') the same way", async () => {
    server.on(
      "GET /balances/indicator/%40fresh/currency/USD",
      json(400, `{"error":"NOT_FOUND: balance with indicator '@fresh' not found"}`),
    );
    server.on(
      "GET /balances/bln_gone",
      json(400, `{"error":"NOT_FOUND: Balance with ID 'bln_gone' not found"}`),
    );
    byId("bln_src", { balance: 5000n });

    expect((await estimateRecord(request({ destination: "@fresh" }))).balances[1]).toMatchObject({
      virtual: true,
    });
    const missing = await estimateRecord(request({ destination: "bln_gone" })).catch(
      (error: unknown) => error,
    );
    expect(missing).toBeInstanceOf(PartyNotFound);
  });

  it("throws PartyNotFound naming the role of a balance ID that does not exist", async () => {
    byId("bln_src", { balance: 5000n });
    byId("bln_dst", {});
    server.on("GET /balances/bln_nope", notFoundJson("Balance with ID 'bln_nope' not found"));

    const asSource = await estimateRecord(request({ source: "bln_nope" })).catch((error: unknown) => error);
    const asDestination = await estimateRecord(request({ destination: "bln_nope" })).catch(
      (error: unknown) => error,
    );

    expect(asSource).toBeInstanceOf(PartyNotFound);
    expect((asSource as PartyNotFound).role).toBe("source");
    expect((asDestination as PartyNotFound).role).toBe("destination");
  });

  it("passes other failures on as BlnkErrors: a missing route is not a missing balance", async () => {
    byId("bln_dst", {});
    server.on("GET /balances/bln_src", json(500, `{"error":"pq: connection refused"}`));
    expect(await estimateRecord(request({})).catch((error: unknown) => error)).toMatchObject({ status: 500 });

    // No indicator route here (gin's plain-text 404: a proxy or a path prefix in BLNK_URL), so Ledger Desk
    // cannot tell whether @world exists: it must not be shown as a new, empty balance.
    const failure = await estimateRecord(request({ source: "@world" })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BlnkError);
    expect((failure as BlnkError).isMissingEndpoint).toBe(true);
    const gone = await estimateRecord(request({ destination: "bln_unrouted", source: "@world" })).catch(
      (error: unknown) => error,
    );
    expect(gone).not.toBeInstanceOf(PartyNotFound);
  });

  it("stays exact beyond 2^64 in every figure", async () => {
    const balance = E64 * E64 + 3n;
    byId("bln_src", { balance, inflightDebit: E64 });
    byId("bln_dst", { balance: -E64, inflightCredit: E64 + 1n });

    const amount = balance - E64; // exactly what is available
    const preview = await estimateRecord(request({ preciseAmount: amount }));

    expect(preview.wouldApply).toBe(true);
    expect(preview.balances).toEqual([
      expect.objectContaining({
        before: { balance, inflight: -E64, available: amount },
        after: { balance: E64, inflight: -E64 },
      }),
      expect.objectContaining({
        before: { balance: -E64, inflight: E64 + 1n, available: -E64 },
        after: { balance: amount - E64, inflight: E64 + 1n },
      }),
    ]);
    const short = await estimateRecord(request({ preciseAmount: amount + 1n }));
    expect(short).toMatchObject({ wouldApply: false, balances: [{ before: { available: amount } }, {}] });
  });
});
