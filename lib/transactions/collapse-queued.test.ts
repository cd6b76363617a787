import { describe, expect, it } from "vitest";
import { makeTransaction } from "@/app/(dashboard)/balances/[id]/_lib/transaction-test-helpers";
import { collapseQueued, loneQueuedIds } from "@/lib/transactions/collapse-queued";

const parent = makeTransaction({ id: "txn_parent", status: "QUEUED", reference: "pay-1", source: "@World" });
const child = makeTransaction({
  id: "txn_child",
  parentTransaction: "txn_parent",
  status: "APPLIED",
  reference: "pay-1_q",
  source: "bln_world",
});
const other = makeTransaction({ id: "txn_other" });

describe("collapseQueued", () => {
  it("shows a queued pair once, as the child that carries the outcome", () => {
    expect(collapseQueued([child, other, parent]).map((t) => t.id)).toEqual(["txn_child", "txn_other"]);
  });

  it("keeps a QUEUED parent whose child does not exist yet", () => {
    expect(collapseQueued([other, parent]).map((t) => t.id)).toEqual(["txn_other", "txn_parent"]);
  });

  it("drops a QUEUED parent whose child is known to be on another page", () => {
    const rows = collapseQueued([other, parent], new Set(["txn_parent"]));
    expect(rows.map((t) => t.id)).toEqual(["txn_other"]);
  });

  it("keeps an inflight transaction and its commit: they are two events, not a queued copy", () => {
    const hold = makeTransaction({ id: "txn_hold", status: "INFLIGHT" });
    const commit = makeTransaction({ id: "txn_commit", status: "APPLIED", parentTransaction: "txn_hold" });
    expect(collapseQueued([commit, hold]).map((t) => t.id)).toEqual(["txn_commit", "txn_hold"]);
  });

  it("keeps a rejected child, so a refused transaction still shows once", () => {
    const rejected = { ...child, status: "REJECTED" };
    expect(collapseQueued([rejected, parent]).map((t) => t.status)).toEqual(["REJECTED"]);
  });

  it("returns an empty list for an empty page", () => {
    expect(collapseQueued([])).toEqual([]);
  });
});

describe("loneQueuedIds", () => {
  it("lists only QUEUED rows without a child on the page", () => {
    const lone = makeTransaction({ id: "txn_lone", status: "QUEUED" });
    expect(loneQueuedIds([child, parent, lone, other])).toEqual(["txn_lone"]);
  });
});
