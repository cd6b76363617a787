import { describe, expect, it } from "vitest";
import { makeTransaction } from "@/app/(dashboard)/balances/[id]/_lib/transaction-test-helpers";
import { holdExpiry, holdSettlement, holdStanding, isSettled, settlementKind } from "./hold-settlement";

const hold = makeTransaction({ id: "txn_hold", status: "INFLIGHT", preciseAmount: 10_000n });
const child = (status: string, preciseAmount: bigint, parentTransaction = "txn_hold") =>
  makeTransaction({ status, preciseAmount, parentTransaction });
const NOW = Date.parse("2026-06-01T12:00:00Z");

describe("holdSettlement", () => {
  it("leaves what the APPLIED children have not taken, however many partial commits there were", () => {
    const settlement = holdSettlement(hold, [child("APPLIED", 4_000n), child("APPLIED", 1_500n)]);
    expect(settlement).toMatchObject({ committed: 5_500n, left: 4_500n, isVoided: false });
    expect(settlement.settlements.map(({ kind }) => kind)).toEqual(["commit", "commit"]);
    expect(holdStanding(settlement, null, NOW)).toBe("open");
  });

  it("is committed in full when the commits add up to the hold, and voided by one VOID child", () => {
    const full = holdSettlement(hold, [child("APPLIED", 4_000n), child("APPLIED", 6_000n)]);
    expect(full.left).toBe(0n);
    expect(holdStanding(full, null, NOW)).toBe("committed");
    const voided = holdSettlement(hold, [child("APPLIED", 4_000n), child("VOID", 6_000n)]);
    expect(voided).toMatchObject({ committed: 4_000n, left: 0n, isVoided: true });
    expect(holdStanding(voided, null, NOW)).toBe("voided");
    expect(isSettled(hold, [child("VOID", 10_000n)])).toBe(true);
  });

  it("ignores rows that settle nothing and rows of other transactions", () => {
    const settlement = holdSettlement(hold, [
      child("QUEUED", 10_000n),
      child("REJECTED", 10_000n),
      child("APPLIED", 10_000n, "txn_other"),
      makeTransaction({ status: "APPLIED", parentTransaction: null }),
    ]);
    expect(settlement).toMatchObject({ committed: 0n, left: 10_000n, settlements: [] });
    expect(settlementKind("COMMIT")).toBe("commit");
    expect(settlementKind("INFLIGHT")).toBeNull();
  });

  it("counts a commit that names the queued original of a hold's copy", () => {
    const copy = makeTransaction({
      id: "txn_q",
      status: "INFLIGHT",
      preciseAmount: 500n,
      parentTransaction: "txn_o",
    });
    expect(holdSettlement(copy, [child("APPLIED", 200n, "txn_o")]).left).toBe(300n);
  });
});

describe("expiry", () => {
  it("is read from the record or its metadata, and a past one makes an unsettled hold expired", () => {
    expect(holdExpiry({ metadata: null })).toBeNull();
    expect(holdExpiry({ metadata: { inflight_expiry_date: "not a date" } })).toBeNull();
    expect(holdExpiry({ metadata: { inflight_expiry_date: "2026-06-01T11:00:00Z" } })).toBe(
      "2026-06-01T11:00:00Z",
    );
    expect(holdExpiry({ metadata: null, inflightExpiryDate: "2026-07-01T00:00:00Z" })).toBe(
      "2026-07-01T00:00:00Z",
    );
    const open = holdSettlement(hold, [child("APPLIED", 1n)]);
    expect(holdStanding(open, "2026-06-01T11:00:00Z", NOW)).toBe("expired");
    expect(holdStanding(open, "2026-06-02T00:00:00Z", NOW)).toBe("open");
    // Voided or committed says more than expired.
    expect(holdStanding(holdSettlement(hold, [child("VOID", 1n)]), "2026-06-01T11:00:00Z", NOW)).toBe(
      "voided",
    );
  });
});
