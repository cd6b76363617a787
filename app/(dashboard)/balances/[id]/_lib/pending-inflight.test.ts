import { describe, expect, it } from "vitest";
import {
  HOLD_LOOKUPS_MAX,
  isHoldSettled,
  oldestPendingHold,
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

describe("pending inflight holds when filter rows name no parent (Core 0.13.2–0.15.0)", () => {
  const old = hold("txn_old", "2026-01-01T00:00:00Z");
  const newer = hold("txn_new", "2026-02-01T00:00:00Z");
  // The `parent_transaction in […]` filter found them, but the rows say "" (no queue metadata either).
  const orphan = (status: string, preciseAmount = 1000n) =>
    makeTransaction({ parentTransaction: null, status, preciseAmount });

  it("asks each hold for its own children, oldest first, and stops at the first pending one", async () => {
    const asked: string[] = [];
    const own: Record<string, ReturnType<typeof orphan>[]> = { txn_old: [orphan("VOID")], txn_new: [] };
    const oldest = await oldestPendingHold([old, newer], [orphan("VOID")], async (h) => {
      asked.push(h.id);
      return own[h.id] ?? [];
    });
    expect(oldest).toBe("2026-02-01T00:00:00Z");
    expect(asked).toEqual(["txn_old", "txn_new"]);
  });

  it("does not look up hold by hold when every child names its parent", async () => {
    const lookup = async () => {
      throw new Error("no lookup expected");
    };
    expect(await oldestPendingHold([old, newer], [child("txn_old", "APPLIED")], lookup)).toBe(
      "2026-02-01T00:00:00Z",
    );
  });

  it("sums partial commits found for one hold, and is null when all are settled", async () => {
    const lookup = async () => [orphan("APPLIED", 400n), orphan("APPLIED", 600n)];
    expect(await oldestPendingHold([old], [orphan("APPLIED", 400n)], lookup)).toBeNull();
  });

  it("gives up as unknown after HOLD_LOOKUPS_MAX settled holds", async () => {
    const many = Array.from({ length: HOLD_LOOKUPS_MAX + 1 }, (_, i) => hold(`txn_${i}`, `2026-01-0${i}`));
    const lookup = async () => [orphan("VOID")];
    expect(await oldestPendingHold(many, [orphan("VOID")], lookup)).toBeUndefined();
  });
});
