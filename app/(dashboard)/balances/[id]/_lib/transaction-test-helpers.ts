import type { Transaction } from "@/lib/blnk";

let counter = 0;

/** A Transaction with defaults for everything a test does not care about. */
export function makeTransaction(overrides: Partial<Transaction> = {}): Transaction {
  counter += 1;
  return {
    id: `txn_${counter}`,
    parentTransaction: null,
    reference: `ref_${counter}`,
    currency: "USD",
    preciseAmount: 100n,
    amount: 1,
    precision: 100,
    source: "bln_a",
    destination: "bln_b",
    status: "APPLIED",
    description: "test",
    createdAt: "2026-01-01T00:00:00Z",
    effectiveDate: null,
    metadata: null,
    inflight: false,
    allowOverdraft: false,
    ...overrides,
  };
}
