import { describe, expect, it } from "vitest";
import { toCounterparty, toTransactionRows } from "@/app/(dashboard)/balances/[id]/_lib/transaction-rows";
import { makeTransaction } from "@/app/(dashboard)/balances/[id]/_lib/transaction-test-helpers";
import { createPrecisionTable } from "@/lib/money";

const table = createPrecisionTable();
const counterparties = new Map([
  ["bln_b", { id: "bln_b", currency: "USD", indicator: null }],
  ["bln_world", { id: "bln_world", currency: "USD", indicator: "@World" }],
]);

describe("toTransactionRows", () => {
  it("formats the amount exactly and sees the transaction from the given balance", () => {
    const big = 123456789012345678901234567890n;
    const [row] = toTransactionRows(
      [makeTransaction({ source: "bln_a", destination: "bln_b", preciseAmount: big })],
      { id: "bln_a" },
      counterparties,
      table,
    );
    expect(row?.amount.text).toBe("1,234,567,890,123,456,789,012,345,678.90 USD");
    expect(row?.direction).toBe("debit");
    expect(row?.counterparty).toEqual({ kind: "balance", id: "bln_b", currency: "USD", indicator: null });
  });

  it("uses the effective date, falling back to the creation time", () => {
    const rows = toTransactionRows(
      [
        makeTransaction({ effectiveDate: "2025-12-31T00:00:00Z", createdAt: "2026-01-02T00:00:00Z" }),
        makeTransaction({ effectiveDate: null, createdAt: "2026-01-03T00:00:00Z" }),
      ],
      { id: "bln_b" },
      counterparties,
      table,
    );
    expect(rows.map((row) => row.effectiveDate)).toEqual(["2025-12-31T00:00:00Z", "2026-01-03T00:00:00Z"]);
  });
});

describe("toCounterparty", () => {
  it("shows internal balances by indicator, unknown IDs by ID, and unresolved @indicators as such", () => {
    expect(toCounterparty("bln_world", counterparties)).toMatchObject({
      kind: "balance",
      indicator: "@World",
    });
    expect(toCounterparty("bln_gone", counterparties)).toEqual({ kind: "unresolved", id: "bln_gone" });
    expect(toCounterparty("@World", counterparties)).toEqual({ kind: "indicator", indicator: "@World" });
    expect(toCounterparty(null, counterparties)).toBeNull();
  });
});
