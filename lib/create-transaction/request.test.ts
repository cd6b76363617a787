import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Actor, DEMO_ACTOR } from "@/lib/auth/actor";
import { OPS } from "@/lib/test-support/actors";
import { transactionFormParser } from "@/lib/test-support/transaction-form";
import { buildRequest } from "./request";
import type { CreateTransactionFormValues } from "./schema";

// buildRequest: the form as Blnk's request. The amount in minor units by the precision table (exactly, or a
// message for the amount field), who sends it in the metadata, and dates as RFC 3339.

const savedPrecision = process.env.CURRENCY_PRECISION;

beforeEach(() => {
  delete process.env.CURRENCY_PRECISION;
});
afterEach(() => {
  if (savedPrecision === undefined) delete process.env.CURRENCY_PRECISION;
  else process.env.CURRENCY_PRECISION = savedPrecision;
});

const input = transactionFormParser({
  amount: "1.00",
  destination: "@payouts",
  description: "Payout",
  reference: "ref_request_1",
});

function built(values: Partial<CreateTransactionFormValues>, actor: Actor | null = OPS) {
  const result = buildRequest(input(values), actor);
  if (!result.ok) throw new Error(`expected a request, got ${result.amountError}`);
  return result;
}

function amountError(values: Partial<CreateTransactionFormValues>) {
  const result = buildRequest(input(values), OPS);
  if (result.ok) throw new Error(`expected an amount error, got ${result.request.preciseAmount}`);
  return result.amountError;
}

describe("buildRequest", () => {
  it("sends the amount in minor units with the currency's precision, and the form's fields as they are", () => {
    const { request, notes } = built({ amount: "12.34", allowOverdraft: true });
    expect(request).toEqual({
      preciseAmount: 1234n,
      precision: 100n,
      currency: "USD",
      source: "bln_src",
      destination: "@payouts",
      description: "Payout",
      reference: "ref_request_1",
      allowOverdraft: true,
      inflight: false,
      inflightExpiryDate: undefined,
      effectiveDate: undefined,
      metadata: { created_by: "ops@example.com", created_via: "ledger-desk" },
    });
    expect(notes).toEqual([]);
  });

  it("is exact far beyond 2^64", () => {
    const { request, format } = built({ amount: "123456789012345678901234567890.12" });
    expect(request.preciseAmount).toBe(12345678901234567890123456789012n);
    expect(request.precision).toBe(100n);
    expect(format(request.preciseAmount)).toMatchObject({
      text: "123,456,789,012,345,678,901,234,567,890.12 USD",
      raw: "12345678901234567890123456789012",
    });
  });

  it("uses each currency's own decimals: none for JPY, 8 for BTC, 3 for KWD", () => {
    expect(built({ amount: "1500", currency: "jpy" }).request).toMatchObject({
      preciseAmount: 1500n,
      precision: 1n,
      currency: "JPY",
    });
    expect(built({ amount: "0.00000001", currency: "BTC" }).request).toMatchObject({
      preciseAmount: 1n,
      precision: 100000000n,
    });
    expect(built({ amount: "1.005", currency: "KWD" }).request).toMatchObject({
      preciseAmount: 1005n,
      precision: 1000n,
    });
    expect(amountError({ amount: "1500.5", currency: "JPY" })).toBe(
      "JPY has no decimal places: enter a whole number.",
    );
  });

  it("takes CURRENCY_PRECISION over the built-in table", () => {
    process.env.CURRENCY_PRECISION = "POINTS=1000,USD=10000";
    expect(built({ amount: "1.234", currency: "POINTS" })).toMatchObject({
      request: { preciseAmount: 1234n, precision: 1000n, currency: "POINTS" },
      notes: [],
    });
    expect(built({ amount: "12.3456" }).request).toMatchObject({ preciseAmount: 123456n, precision: 10000n });
  });

  it("counts a currency of unknown precision in minor units (precision 1), and says so", () => {
    const { request, notes, format } = built({ amount: "250", currency: "Loyalty" });
    expect(request).toMatchObject({ preciseAmount: 250n, precision: 1n, currency: "Loyalty" });
    expect(notes).toEqual([
      "Ledger Desk does not know how many decimals Loyalty has, so the amount is in minor units " +
        "(set CURRENCY_PRECISION to enter it in major units).",
    ]);
    expect(format(250n).text).toBe("250 minor units");
    expect(amountError({ amount: "2.5", currency: "Loyalty" })).toBe(
      "Loyalty has no decimal places: enter a whole number.",
    );
  });

  it("refuses amounts it cannot record exactly, with the sentence the amount field shows", () => {
    expect(amountError({ amount: "12.345" })).toBe(
      "USD has 2 decimal places: this amount cannot be recorded exactly. Nothing is rounded.",
    );
    expect(amountError({ amount: "-5" })).toBe(
      "The amount must be more than zero; a negative amount cannot be recorded.",
    );
    expect(amountError({ amount: "0.00" })).toBe("The amount must be more than zero.");
    expect(amountError({ amount: "1e5" })).toBe(
      "Write the amount in plain digits (no exponent), e.g. 100000.",
    );
    expect(amountError({ amount: "1.234,56" })).toBe(
      "Write the amount without thousands separators, with a point for decimals, e.g. 1234.56.",
    );
    expect(amountError({ amount: "" })).toBe("Enter an amount.");
    // Trailing zeros past the precision say nothing more.
    expect(built({ amount: "12.3400" }).request.preciseAmount).toBe(1234n);
  });

  it("writes who sent it, after the person's own metadata, and nothing of the kind for a preview", () => {
    const metadata = [
      { key: " invoice ", value: "INV-7" },
      { key: "", value: "" },
    ];
    expect(built({ metadata }).request.metadata).toEqual({
      invoice: "INV-7",
      created_by: "ops@example.com",
      created_via: "ledger-desk",
    });
    expect(built({ metadata }, DEMO_ACTOR).request.metadata).toMatchObject({ created_by: "demo" });
    expect(built({ metadata }, { ...OPS, email: null }).request.metadata).toMatchObject({
      created_by: "usr_ops",
    });
    expect(built({ metadata }, null).request.metadata).toEqual({ invoice: "INV-7" });
  });

  it("sends dates as RFC 3339 in UTC, and the expiry only with a hold", () => {
    const expiry = new Date(Date.now() + 86_400_000);
    expiry.setUTCMilliseconds(0);
    const hold = built({
      inflight: true,
      inflightExpiry: expiry.toISOString().replace("Z", "+00:00"),
      effectiveDate: "2026-01-02T03:04:05+02:00",
    }).request;
    expect(hold).toMatchObject({
      inflight: true,
      inflightExpiryDate: expiry.toISOString(),
      effectiveDate: "2026-01-02T01:04:05.000Z",
      // Kept in the metadata too: Core returns the expiry on no read.
      metadata: { inflight_expiry_date: expiry.toISOString() },
    });
    const notHold = built({ inflight: false, inflightExpiry: expiry.toISOString() }).request;
    expect(notHold.inflightExpiryDate).toBeUndefined();
    expect(notHold.effectiveDate).toBeUndefined();
    expect(notHold.metadata).not.toHaveProperty("inflight_expiry_date");
  });
});
