import { describe, expect, it } from "vitest";
import {
  counterpartyBalanceIds,
  counterpartyOf,
  directionOf,
  isSameBalance,
} from "@/app/(dashboard)/balances/[id]/_lib/direction";
import { makeTransaction } from "@/app/(dashboard)/balances/[id]/_lib/transaction-test-helpers";

const a = { id: "bln_a", indicator: null };
const b = { id: "bln_b" };
const world = { id: "bln_world", indicator: "@World" };

describe("directionOf and counterpartyOf", () => {
  const transfer = makeTransaction({ source: "bln_a", destination: "bln_b" });

  it("a transfer from A to B is a debit on A with counterparty B", () => {
    expect(directionOf(transfer, a)).toBe("debit");
    expect(counterpartyOf(transfer, a)).toBe("bln_b");
  });

  it("the same transfer is a credit on B with counterparty A", () => {
    expect(directionOf(transfer, b)).toBe("credit");
    expect(counterpartyOf(transfer, b)).toBe("bln_a");
  });

  it("recognises a balance named by its @indicator (a queued row before the worker resolves it)", () => {
    const funding = makeTransaction({ source: "@World", destination: "bln_a" });
    expect(directionOf(funding, world)).toBe("debit");
    expect(counterpartyOf(funding, world)).toBe("bln_a");
    expect(counterpartyOf(funding, a)).toBe("@World");
  });

  it("does not treat an empty indicator as a match", () => {
    expect(isSameBalance("", { id: "bln_x", indicator: "" })).toBe(false);
    expect(isSameBalance(null, a)).toBe(false);
  });

  it("reads split legs when the balance is one of several destinations", () => {
    const split = makeTransaction({
      source: "bln_a",
      destination: null,
      destinations: [
        { identifier: "bln_b", distribution: "50%", preciseDistribution: null, transactionId: null },
        { identifier: "bln_c", distribution: "50%", preciseDistribution: null, transactionId: null },
      ],
    });
    expect(directionOf(split, b)).toBe("credit");
    expect(counterpartyOf(split, b)).toBe("bln_a");
    // Seen from the single source, the other side is several balances: no single counterparty.
    expect(directionOf(split, a)).toBe("debit");
    expect(counterpartyOf(split, a)).toBeNull();
  });

  it("is unknown for a transaction that names the balance on neither side", () => {
    const unrelated = makeTransaction({ source: "bln_x", destination: "bln_y" });
    expect(directionOf(unrelated, a)).toBeNull();
    expect(counterpartyOf(unrelated, a)).toBeNull();
  });
});

describe("counterpartyBalanceIds", () => {
  it("lists each counterparty balance ID once, in first-seen order, without indicators", () => {
    const rows = [
      makeTransaction({ source: "bln_a", destination: "bln_b" }),
      makeTransaction({ source: "bln_world", destination: "bln_a" }),
      makeTransaction({ source: "bln_b", destination: "bln_a" }),
      makeTransaction({ source: "@World", destination: "bln_a" }),
      makeTransaction({ source: "bln_x", destination: "bln_y" }),
    ];
    expect(counterpartyBalanceIds(rows, a)).toEqual(["bln_b", "bln_world"]);
  });

  it("is empty for a page without transactions", () => {
    expect(counterpartyBalanceIds([], a)).toEqual([]);
  });
});
