import { beforeEach, describe, expect, it, vi } from "vitest";
import { listAudit } from "@/lib/audit/store";
import { forgetListRoutes } from "@/lib/blnk/list";
import { OPS } from "@/lib/test-support/actors";
import { fieldRefusal, formRefusal } from "@/lib/test-support/failures";
import type { LedgerProcess } from "@/lib/test-support/ledger-process";
import { ledgerSuiteForFile } from "@/lib/test-support/ledger-suite";
import { refundFromInput } from "./refund";
import { settleHoldFromInput } from "./settle-hold";
import { settleHoldsFromInput } from "./settle-holds";

// The transaction writes against the embedded ledger, as the current Core and as 0.13.2 (LEDGER_CORE_PROFILE:
// no bulk inflight routes, a refund that reads no body and takes a random reference, filter rows that name no
// parent), reached over HTTP only. The e2e specs cover the current Core through the browser.

vi.setConfig({ testTimeout: 60_000 });

const KEY = "transaction-writes-test-key-2c7e";
const { current, old, setEnv } = ledgerSuiteForFile({
  key: KEY,
  ledgers: { current: null, old: "0.13.2" },
  appDatabase: "transaction-writes-test-db-",
  timeout: 120_000,
});

const use = (ledger: LedgerProcess) => {
  forgetListRoutes();
  setEnv({ BLNK_URL: ledger.url, BLNK_API_KEY: KEY, BLNK_TIMEOUT_MS: "5000" });
};
beforeEach(() => use(current));

type Row = {
  transaction_id: string;
  status: string;
  precise_amount: number;
  meta_data?: Record<string, unknown>;
};

const balances = (ledger: LedgerProcess) => ledger.newBalances(`Writes ${Date.now()}`);

/** A payment that is not a hold: applied at once. */
async function pay(ledger: LedgerProcess, sides: { source: string; destination: string }, amount: number) {
  const created = (await ledger.call("POST", "/transactions", {
    ...sides,
    precise_amount: amount,
    currency: "USD",
    reference: `pay-${crypto.randomUUID()}`,
    description: "payment",
    allow_overdraft: true,
    skip_queue: true,
  })) as Row;
  return created.transaction_id;
}

async function hold(ledger: LedgerProcess, sides: { source: string; destination: string }, amount: number) {
  const body = {
    ...sides,
    precise_amount: amount,
    currency: "USD",
    reference: `hold-${crypto.randomUUID()}`,
  };
  const created = (await ledger.call("POST", "/transactions", {
    ...body,
    description: "hold",
    allow_overdraft: true,
    inflight: true,
    skip_queue: true,
  })) as Row;
  return created.transaction_id;
}

const children = async (ledger: LedgerProcess, id: string) =>
  (await ledger.call("POST", "/transactions/filter", {
    filters: [{ field: "parent_transaction", operator: "eq", value: id }],
    limit: 100,
  })) as Row[];

describe.each([
  ["current", () => current, "bulk"],
  ["0.13.2", () => old, "one_by_one"],
] as const)("the holds desk's bulk commit on Core %s", (_name, ledger, via) => {
  it("commits each open hold, reports the one voided meanwhile with Blnk's reason, and a replay changes nothing", async () => {
    use(ledger());
    const sides = await balances(ledger());
    const ids = [
      await hold(ledger(), sides, 100),
      await hold(ledger(), sides, 200),
      await hold(ledger(), sides, 300),
    ];
    await ledger().call("PUT", `/transactions/inflight/${ids[1]}`, { status: "void" });
    const input = { action: "commit" as const, transactionIds: ids, requestId: crypto.randomUUID() };

    const result = await settleHoldsFromInput(input, OPS);
    if (!result.ok) throw new Error(result.error ?? "failed");
    expect(result.data.via).toBe(via);
    expect(result.data.results.map((row) => row.outcome)).toEqual(["done", "refused", "done"]);
    expect(result.data.results[1]?.message).toMatch(/voided/);
    const commits = await Promise.all([ids[0], ids[2]].map(async (id) => children(ledger(), id ?? "")));
    expect(commits.map((rows) => rows.map((row) => [row.status, Number(row.precise_amount)]))).toEqual([
      [["APPLIED", 100]],
      [["APPLIED", 300]],
    ]);
    expect(result.data.results[0]?.transactionId).toBe(commits[0]?.[0]?.transaction_id);

    const again = await settleHoldsFromInput(input, OPS);
    expect(again).toEqual({ ok: true, data: { ...result.data, wasRetry: true } });
    expect((await children(ledger(), ids[0] ?? "")).length).toBe(1);

    // One attempt and one outcome per hold in the audit log.
    const entries = await listAudit({ filters: { recordId: ids[1] }, limit: 10, offset: 0 });
    expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual(
      expect.arrayContaining([["transaction.bulk_commit", "attempted"]]),
    );
  });
});

describe("commit and void of one hold", () => {
  it("commits part, then all that is left as Core works it out; then nothing more is allowed", async () => {
    const sides = await balances(current);
    const id = await hold(current, sides, 1_000);
    const commit = (amount: string) =>
      settleHoldFromInput(
        { action: "commit", transactionId: id, amount, requestId: crypto.randomUUID() },
        OPS,
      );
    expect(await commit("4")).toMatchObject({
      ok: true,
      data: { holdId: id, action: "commit", status: "APPLIED" },
    });
    expect(await commit("6.01")).toEqual(
      fieldRefusal({ amount: "The amount is more than the 6.00 USD left on this hold." }),
    );
    expect(await commit("")).toMatchObject({ ok: true, data: { status: "APPLIED", wasRetry: false } });
    const amounts = (await children(current, id)).map((row) => Number(row.precise_amount));
    expect(amounts.sort((a, b) => a - b)).toEqual([400, 600]);
    const voided = await settleHoldFromInput(
      { action: "void", transactionId: id, amount: "", requestId: crypto.randomUUID() },
      OPS,
    );
    expect(voided).toEqual(formRefusal("This hold is committed in full: nothing is left to commit or void."));
  });
});

describe.each([
  ["current", () => current],
  ["0.13.2", () => old],
] as const)("refund on Core %s", (_name, ledger) => {
  it("keeps the reason in the refund's metadata, and refuses a second refund", async () => {
    use(ledger());
    const sides = await balances(ledger());
    const original = await pay(ledger(), sides, 250);
    const refund = (reason: string) =>
      refundFromInput({ transactionId: original, reason, requestId: crypto.randomUUID() }, OPS);

    const first = await refund("Returned goods");
    if (!first.ok) throw new Error(first.error ?? "failed");
    expect(first.data.warning).toBeNull();
    const stored = (await ledger().call("GET", `/transactions/${first.data.transactionId}`)) as Row;
    expect(stored.meta_data).toMatchObject({ refund_reason: "Returned goods", created_via: "ledger-desk" });

    expect(await refund("Again")).toEqual(formRefusal("This transaction has been refunded already."));

    // Core would refund the refund (putting the payment through again); Ledger Desk refuses it, for its own
    // refund and for one made straight through Core (no reason in its metadata).
    const refuseRefundOf = async (id: string) =>
      expect(
        await refundFromInput({ transactionId: id, reason: "Twice", requestId: crypto.randomUUID() }, OPS),
      ).toEqual(formRefusal("This transaction is a refund; it cannot be refunded in turn."));
    await refuseRefundOf(first.data.transactionId);
    const other = await pay(ledger(), sides, 70);
    const direct = (await ledger().call("POST", `/refund-transaction/${other}`, { skip_queue: true })) as Row;
    await refuseRefundOf(direct.transaction_id as string);
  });
});
