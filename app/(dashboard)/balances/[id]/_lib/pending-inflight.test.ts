import { describe, expect, it } from "vitest";
import {
  isHoldSettled,
  oldestPendingHoldAt,
  settlementParentIds,
} from "@/app/(dashboard)/balances/[id]/_lib/pending-inflight";
import { makeTransaction } from "@/app/(dashboard)/balances/[id]/_lib/transaction-test-helpers";

const hold = (id: string, createdAt: string, amount = 1000n, parentTransaction: string | null = null) =>
  makeTransaction({ id, createdAt, preciseAmount: amount, status: "INFLIGHT", parentTransaction });
const child = (parentTransaction: string, status: string, preciseAmount = 1000n) =>
  makeTransaction({ parentTransaction, status, preciseAmount });

describe("pending inflight holds", () => {
  const old = hold("txn_old", "2026-01-01T00:00:00Z");
  const newer = hold("txn_new", "2026-02-01T00:00:00Z");

  it("skips holds that were fully committed or voided, since Blnk leaves their status INFLIGHT", () => {
    expect(oldestPendingHoldAt([old, newer], [child("txn_old", "APPLIED")])).toBe("2026-02-01T00:00:00Z");
    expect(oldestPendingHoldAt([old, newer], [child("txn_old", "VOID")])).toBe("2026-02-01T00:00:00Z");
  });

  it("keeps a partly committed hold pending", () => {
    expect(isHoldSettled(old, [child("txn_old", "APPLIED", 400n)])).toBe(false);
    expect(isHoldSettled(old, [child("txn_old", "APPLIED", 400n), child("txn_old", "APPLIED", 600n)])).toBe(
      true,
    );
  });

  it("counts a commit recorded against the queued original of a hold", () => {
    const queuedCopy = hold("txn_q", "2026-01-01T00:00:00Z", 1000n, "txn_original");
    expect(isHoldSettled(queuedCopy, [child("txn_original", "APPLIED")])).toBe(true);
    expect(settlementParentIds([queuedCopy, newer])).toEqual(["txn_q", "txn_original", "txn_new"]);
  });

  it("ignores children that settle nothing (a queued commit still waiting)", () => {
    expect(isHoldSettled(old, [child("txn_old", "QUEUED")])).toBe(false);
  });

  it("is null when every hold looked at is settled, or there are none", () => {
    expect(oldestPendingHoldAt([old], [child("txn_old", "VOID")])).toBeNull();
    expect(oldestPendingHoldAt([], [])).toBeNull();
  });
});
