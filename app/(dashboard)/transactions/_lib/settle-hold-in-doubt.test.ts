import { describe, expect, it, vi } from "vitest";
import { json } from "@/lib/blnk/test-server";
import { OPS } from "@/lib/test-support/actors";
import { ledgerSuiteForFile } from "@/lib/test-support/ledger-suite";
import { settleHoldFromInput } from "./settle-hold";
import { settleHoldsFromInput } from "./settle-holds";

// A commit whose answer never came: in doubt (nothing sent again) until Blnk shows a commit of that hold that
// was not there when the confirmation was first sent, of the amount asked for; a commit someone else made
// before is never taken for it. Against a stub answering as Core, whose PUT never answers. The settle window
// (three timeouts, 4.5 s) is longer than each test, so nothing may be sent again.

vi.setConfig({ testTimeout: 30_000 });

const HOLD = "txn_hold";
const { stub } = ledgerSuiteForFile({
  stub: true,
  appDatabase: "settle-hold-in-doubt-db-",
  env: (suite) => ({ BLNK_URL: suite.stub.baseUrl, BLNK_TIMEOUT_MS: "1500" }),
});

const txn = (id: string, status: string, amount: number, parent = "") =>
  `{"precise_amount":${amount},"amount":${amount / 100},"precision":100,"transaction_id":"${id}",
"parent_transaction":"${parent}","source":"bln_a","destination":"bln_b","reference":"ref_${id}","currency":"USD",
"description":"hold","status":"${status}","created_at":"2026-06-20T10:00:00Z","meta_data":null}`;

function serve(children: string[]) {
  stub.on(`GET /transactions/${HOLD}`, json(200, txn(HOLD, "INFLIGHT", 10_000)));
  stub.on("POST /transactions/filter", json(200, `[${children.join(",")}]`));
}

describe("a commit in doubt", () => {
  it("stays in doubt, sends nothing again, and is found once its own commit shows up", async () => {
    const earlier = txn("txn_earlier", "APPLIED", 4_000, HOLD);
    serve([earlier]);
    stub.on(`PUT /transactions/inflight/${HOLD}`, () => "hang");
    const input = {
      action: "commit" as const,
      transactionId: HOLD,
      amount: "40",
      requestId: crypto.randomUUID(),
    };

    expect(await settleHoldFromInput(input, OPS)).toMatchObject({ ok: false, inDoubt: true });
    // Asked again: the commit that was there before is not this one.
    expect(await settleHoldFromInput(input, OPS)).toMatchObject({ ok: false, inDoubt: true });
    const puts = () => stub.requests.filter((request) => request.method === "PUT").length;
    expect(puts()).toBe(1);

    serve([
      earlier,
      txn("txn_other_amount", "APPLIED", 1_000, HOLD),
      txn("txn_ours", "APPLIED", 4_000, HOLD),
    ]);
    expect(await settleHoldFromInput(input, OPS)).toMatchObject({
      ok: true,
      data: { transactionId: "txn_ours", holdId: HOLD, wasRetry: true },
    });
    expect(puts()).toBe(1);
  });

  it("a bulk commit in doubt is done once every hold has a new commit", async () => {
    serve([]);
    stub.on("POST /transactions/inflight/bulk/commit", () => "hang");
    const input = { action: "commit" as const, transactionIds: [HOLD], requestId: crypto.randomUUID() };
    expect(await settleHoldsFromInput(input, OPS)).toMatchObject({ ok: false, inDoubt: true });

    serve([txn("txn_bulk_commit", "APPLIED", 10_000, HOLD)]);
    expect(await settleHoldsFromInput(input, OPS)).toMatchObject({
      ok: true,
      data: {
        results: [{ holdId: HOLD, outcome: "done", transactionId: "txn_bulk_commit" }],
        wasRetry: true,
      },
    });
    expect(stub.requests.filter((request) => request.path.endsWith("/bulk/commit"))).toHaveLength(1);
  });
});
