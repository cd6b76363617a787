import { describe, expect, it } from "vitest";
import { filterTransactions } from "@/lib/blnk";
import { BALANCE_ID } from "@/lib/blnk/test-fixtures";
import { json, testServerForFile } from "@/lib/blnk/test-server";
import { collapseQueued } from "@/lib/transactions/collapse-queued";
import { isHoldSettled } from "./pending-inflight";

// `POST /transactions/filter` rows as Core 0.13.2–0.15.0 send them: `parent_transaction` is "" on every row
// (database/transaction_filters.go:74 before 0.15.1), but the queue's meta_data.QUEUED_PARENT_TRANSACTION is
// there (transaction_queue.go:100-103 on the original, copied to its `_q` child by createQueueCopy, and to a
// commit by finalizeCommitment, which copies the hold). Amounts beyond 2^64.
const HUGE = "36893488147419103233"; // 2^65 + 1

function row(fields: {
  id: string;
  reference: string;
  status: string;
  queuedParent: string;
  inflight?: boolean;
  amount?: string;
}): string {
  const { id, reference, status, queuedParent, inflight = false, amount = HUGE } = fields;
  return `{"precise_amount":${amount},"amount":3.6893488147419103e+19,"amount_string":"368934881474191032.33",
"precision":100,"overdraft_limit":0,"transaction_id":"${id}","parent_transaction":"","source":"${BALANCE_ID}",
"destination":"@World","reference":"${reference}","currency":"USD","description":"payout","status":"${status}",
"hash":"h","allow_overdraft":false,"inflight":${inflight},"skip_queue":false,"atomic":false,
"created_at":"2026-06-20T10:00:00Z","scheduled_for":"0001-01-01T00:00:00Z",
"inflight_expiry_date":"0001-01-01T00:00:00Z","inflight_commit_date":"0001-01-01T00:00:00Z",
"meta_data":{"QUEUED_PARENT_TRANSACTION":"${queuedParent}"${inflight ? ',"inflight":true' : ""}}}`;
}

const { server, call } = testServerForFile();

async function rows(...bodies: string[]) {
  server.on("POST /transactions/filter", json(200, `[${bodies.join(",")}]`));
  return (await filterTransactions({ balanceId: BALANCE_ID, limit: 20, offset: 0 }, call())).items;
}

describe("Core 0.15.0 filter rows without parent_transaction", () => {
  it("a queued transfer and its _q child are one row, the child's, amount exact", async () => {
    const page = await rows(
      row({ id: "txn_q_child", reference: "pay-1_q", status: "APPLIED", queuedParent: "txn_original" }),
      row({ id: "txn_original", reference: "pay-1", status: "QUEUED", queuedParent: "txn_original" }),
    );
    expect(page.map((item) => item.parentTransaction)).toEqual(["txn_original", null]);
    const shown = collapseQueued(page);
    expect(shown.map((item) => item.id)).toEqual(["txn_q_child"]);
    expect(shown[0]?.preciseAmount).toBe(2n ** 65n + 1n);
  });

  it("a queued hold that was committed in full is settled, not pending", async () => {
    const [hold, original, commit] = await rows(
      row({
        id: "txn_hold_q",
        reference: "hold-1_q",
        status: "INFLIGHT",
        queuedParent: "txn_hold",
        inflight: true,
      }),
      row({
        id: "txn_hold",
        reference: "hold-1",
        status: "QUEUED",
        queuedParent: "txn_hold",
        inflight: true,
      }),
      row({ id: "txn_commit", reference: "ref_commit", status: "APPLIED", queuedParent: "txn_hold" }),
    );
    if (!hold || !original || !commit) throw new Error("three rows expected");
    expect(isHoldSettled(hold, [commit])).toBe(true);
    // Half of it committed: still pending, for the other half.
    expect(isHoldSettled(hold, [{ ...commit, preciseAmount: commit.preciseAmount / 2n }])).toBe(false);
  });

  it("a row without the queue's metadata has no parent (nothing is guessed)", async () => {
    const [plain] = await rows(
      row({ id: "txn_direct", reference: "direct", status: "APPLIED", queuedParent: "" }),
    );
    expect(plain?.parentTransaction).toBeNull();
  });
});
