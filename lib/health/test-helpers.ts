import { defaultPrecisionTable, formatMoney } from "@/lib/money";
import type { CheckContext, HealthInput } from "./types";

export const NOW = new Date("2026-08-22T12:00:00Z");
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** The ISO timestamp `ms` before NOW. */
export function ago(ms: number): string {
  return new Date(NOW.getTime() - ms).toISOString();
}

export const usd = (amount: bigint) => formatMoney(amount, "USD", defaultPrecisionTable).text;
export const gbp = (amount: bigint) => formatMoney(amount, "GBP", defaultPrecisionTable).text;

/** A balance's three amounts, in the order of its equation: balance = credit − debit. */
export const amounts = (balance: bigint, creditBalance: bigint, debitBalance: bigint) => ({
  balance,
  creditBalance,
  debitBalance,
});

/** A balance's three inflight amounts, in the order of their equation: inflight = credit − debit. */
export const inflight = (
  inflightBalance: bigint,
  inflightCreditBalance: bigint,
  inflightDebitBalance: bigint,
) => ({ inflightBalance, inflightCreditBalance, inflightDebitBalance });

/** A consistent, healthy balance: 11.00 USD = 12.00 − 1.00, nothing inflight, lineage off. */
export function input(overrides: Partial<HealthInput> = {}): HealthInput {
  return {
    balance: 1100n,
    creditBalance: 1200n,
    debitBalance: 100n,
    inflightBalance: 0n,
    inflightCreditBalance: 0n,
    inflightDebitBalance: 0n,
    identityId: null,
    trackFundLineage: false,
    inflightExpiresAt: null,
    now: NOW,
    formatAmount: usd,
    ...overrides,
  };
}

/** The context a single check runs with, as evaluateHealth would build it. */
export function ctx(overrides: Partial<HealthInput> = {}): CheckContext {
  return { ...input(overrides), formatAmount: overrides.formatAmount ?? usd };
}
