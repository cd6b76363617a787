import { describe, expect, it } from "vitest";
import {
  checkBalanceEquation,
  checkInflightAge,
  checkInflightEquation,
  checkLineageOwner,
  checkNegativeBalance,
  checkRecomputedBalance,
  INFLIGHT_STALE_AFTER_MS,
} from "./checks";
import { ago, DAY, gbp, HOUR, input, NOW, usd } from "./test-helpers";
import type { CheckContext, HealthInput } from "./types";

const ctx = (overrides: Partial<HealthInput> = {}): CheckContext => ({
  ...input(overrides),
  formatAmount: overrides.formatAmount ?? usd,
});

/** Inflight: 5.00 USD credit pending, nothing else. */
const pending = { inflightBalance: 500n, inflightCreditBalance: 500n, inflightDebitBalance: 0n };

describe("INFLIGHT_STALE_AFTER_MS", () => {
  it("is 72 hours", () => {
    expect(INFLIGHT_STALE_AFTER_MS).toBe(72 * HOUR);
  });
});

describe("balance_equation", () => {
  it("passes when balance = credit − debit, and says so", () => {
    expect(checkBalanceEquation(ctx())).toEqual({
      id: "balance_equation",
      label: "Balance adds up",
      status: "pass",
      reason: "Balance 11.00 USD equals credit 12.00 USD − debit 1.00 USD.",
    });
  });

  it("fails on a mismatch, naming the balance, both sides and the expected result", () => {
    const result = checkBalanceEquation(ctx({ balance: 1000n }));
    expect(result.status).toBe("fail");
    expect(result.reason).toBe("Balance 10.00 USD is not credit 12.00 USD − debit 1.00 USD (= 11.00 USD).");
  });

  it("passes for a consistent negative balance", () => {
    expect(checkBalanceEquation(ctx({ balance: -100n, creditBalance: 0n, debitBalance: 100n })).status).toBe(
      "pass",
    );
  });

  it("compares exactly beyond 2^64 (a difference of 1 that a double would lose)", () => {
    const credit = 2n ** 70n + 1n;
    const debit = 1n;
    expect(
      checkBalanceEquation(ctx({ balance: 2n ** 70n, creditBalance: credit, debitBalance: debit })).status,
    ).toBe("pass");
    const off = checkBalanceEquation(ctx({ balance: 2n ** 70n, creditBalance: credit, debitBalance: 2n }));
    expect(off.status).toBe("fail");
    expect(off.reason).toBe(
      "Balance 11,805,916,207,174,113,034.24 USD is not credit 11,805,916,207,174,113,034.25 USD − " +
        "debit 0.02 USD (= 11,805,916,207,174,113,034.23 USD).",
    );
  });
});

describe("inflight_equation", () => {
  it("passes when inflight = inflight credit − inflight debit", () => {
    const result = checkInflightEquation(
      ctx({ inflightBalance: -200n, inflightCreditBalance: 300n, inflightDebitBalance: 500n }),
    );
    expect(result).toEqual({
      id: "inflight_equation",
      label: "Inflight balance adds up",
      status: "pass",
      reason: "Inflight balance -2.00 USD equals inflight credit 3.00 USD − inflight debit 5.00 USD.",
    });
  });

  it("fails on a mismatch", () => {
    const result = checkInflightEquation(
      ctx({ inflightBalance: 0n, inflightCreditBalance: 300n, inflightDebitBalance: 0n }),
    );
    expect(result.status).toBe("fail");
    expect(result.reason).toBe(
      "Inflight balance 0.00 USD is not inflight credit 3.00 USD − inflight debit 0.00 USD (= 3.00 USD).",
    );
  });
});

describe("negative_balance", () => {
  it("warns on a negative balance with the exact reason", () => {
    const result = checkNegativeBalance(
      ctx({ balance: -1861n, creditBalance: 0n, debitBalance: 1861n, formatAmount: gbp }),
    );
    expect(result).toEqual({
      id: "negative_balance",
      label: "Not negative",
      status: "warn",
      reason:
        "The balance is negative (-18.61 GBP): debits exceed credits. Allowed by overdraft, but worth a look.",
    });
  });

  it("passes at zero and above", () => {
    expect(checkNegativeBalance(ctx({ balance: 0n })).status).toBe("pass");
    expect(checkNegativeBalance(ctx({ balance: 0n })).reason).toBe("The balance (0.00 USD) is not negative.");
    expect(checkNegativeBalance(ctx()).status).toBe("pass");
  });

  it("warns at −1 minor unit, and far below −2^64", () => {
    expect(checkNegativeBalance(ctx({ balance: -1n })).status).toBe("warn");
    expect(checkNegativeBalance(ctx({ balance: -(2n ** 80n) })).status).toBe("warn");
  });
});

describe("inflight_age", () => {
  it("passes when nothing is inflight, whatever the (stale) expiry and age say", () => {
    const result = checkInflightAge(
      ctx({ inflightExpiresAt: ago(30 * DAY), oldestInflightAt: ago(30 * DAY) }),
    );
    expect(result).toEqual({
      id: "inflight_age",
      label: "Inflight funds on time",
      status: "pass",
      reason: "No funds are inflight.",
    });
  });

  it("treats credit and debit that cancel out as funds inflight", () => {
    const result = checkInflightAge(
      ctx({ inflightBalance: 0n, inflightCreditBalance: 500n, inflightDebitBalance: 500n }),
    );
    expect(result.status).toBe("skipped");
    expect(result.reason).toContain("5.00 USD inflight credit and 5.00 USD inflight debit");
  });

  it("warns when inflight funds are past their expiry", () => {
    const result = checkInflightAge(ctx({ ...pending, inflightExpiresAt: ago(2 * HOUR) }));
    expect(result.status).toBe("warn");
    expect(result.reason).toBe(
      "Inflight funds (5.00 USD inflight credit) are still pending 2 hours past their expiry at " +
        "2026-08-22 10:00 UTC; they should have been committed or voided by then.",
    );
  });

  it("does not warn at the exact expiry instant, and warns 1 ms after it", () => {
    expect(checkInflightAge(ctx({ ...pending, inflightExpiresAt: NOW.toISOString() })).status).toBe("pass");
    expect(checkInflightAge(ctx({ ...pending, inflightExpiresAt: ago(1) })).status).toBe("warn");
  });

  it("mentions the age too when funds are both expired and known to be old", () => {
    const result = checkInflightAge(
      ctx({ ...pending, inflightExpiresAt: ago(DAY), oldestInflightAt: ago(5 * DAY) }),
    );
    expect(result.status).toBe("warn");
    expect(result.reason).toContain("1 day past their expiry");
    expect(result.reason).toContain("They have been pending for 5 days, since 2026-08-17 12:00 UTC.");
  });

  it("warns when the oldest inflight transaction is older than the limit", () => {
    const result = checkInflightAge(
      ctx({
        inflightBalance: -250n,
        inflightCreditBalance: 0n,
        inflightDebitBalance: 250n,
        oldestInflightAt: ago(5 * DAY),
      }),
    );
    expect(result.status).toBe("warn");
    expect(result.reason).toBe(
      "Inflight funds (2.50 USD inflight debit) have been pending for 5 days, since 2026-08-17 12:00 UTC; " +
        "funds inflight for more than 3 days are usually stuck and should be committed or voided.",
    );
  });

  it("passes at exactly the limit and warns 1 ms past it", () => {
    expect(checkInflightAge(ctx({ ...pending, oldestInflightAt: ago(INFLIGHT_STALE_AFTER_MS) })).status).toBe(
      "pass",
    );
    expect(
      checkInflightAge(ctx({ ...pending, oldestInflightAt: ago(INFLIGHT_STALE_AFTER_MS + 1) })).status,
    ).toBe("warn");
  });

  it("passes recent inflight funds, giving the age and the expiry", () => {
    const result = checkInflightAge(
      ctx({ ...pending, oldestInflightAt: ago(3 * HOUR), inflightExpiresAt: "2026-09-01T00:00:00Z" }),
    );
    expect(result.status).toBe("pass");
    expect(result.reason).toBe(
      "Inflight funds (5.00 USD inflight credit) have been pending for 3 hours, since 2026-08-22 09:00 UTC, " +
        "within 3 days. They expire at 2026-09-01 00:00 UTC.",
    );
  });

  it("treats a creation time in the future (clock skew) as just created", () => {
    const result = checkInflightAge(ctx({ ...pending, oldestInflightAt: "2026-08-22T12:05:00Z" }));
    expect(result.status).toBe("pass");
    expect(result.reason).toContain("pending for less than a minute");
  });

  it("passes, with the caveat, when the age is unknown but the expiry is still ahead", () => {
    const result = checkInflightAge(ctx({ ...pending, inflightExpiresAt: "2026-09-01T00:00:00Z" }));
    expect(result.status).toBe("pass");
    expect(result.reason).toBe(
      "Inflight funds (5.00 USD inflight credit) have not reached their expiry at 2026-09-01 00:00 UTC; " +
        "how long they have been pending is not known here.",
    );
  });

  it("is skipped when inflight funds have neither a known age nor an expiry", () => {
    for (const unknown of [{}, { oldestInflightAt: null }, { inflightExpiresAt: "0001-01-01T00:00:00Z" }]) {
      const result = checkInflightAge(ctx({ ...pending, ...unknown }));
      expect(result.status).toBe("skipped");
      expect(result.reason).toBe(
        "Inflight funds (5.00 USD inflight credit) have no expiry, and how long they have been pending is not known here.",
      );
    }
  });

  it("names the inflight amount when only the inflight balance is non-zero", () => {
    expect(checkInflightAge(ctx({ inflightBalance: 700n })).reason).toContain(
      "Inflight funds (7.00 USD inflight)",
    );
  });
});

describe("lineage_owner", () => {
  it("warns when lineage tracking is on and there is no owner (null or Blnk's empty string)", () => {
    for (const identityId of [null, "", "  "]) {
      const result = checkLineageOwner(ctx({ trackFundLineage: true, identityId }));
      expect(result).toEqual({
        id: "lineage_owner",
        label: "Owner for lineage tracking",
        status: "warn",
        reason:
          "Lineage tracking is on but the balance has no owner, so the funds it tracks are not attributed to anyone.",
      });
    }
  });

  it("passes with an owner, or with lineage off", () => {
    expect(checkLineageOwner(ctx({ trackFundLineage: true, identityId: "idt_1" }))).toMatchObject({
      status: "pass",
      reason: "Lineage tracking is on and the balance has an owner.",
    });
    expect(checkLineageOwner(ctx({ trackFundLineage: false, identityId: null }))).toMatchObject({
      status: "pass",
      reason: "Lineage tracking is off, so no owner is needed.",
    });
  });

  it("is skipped when lineage tracking is unknown (list rows)", () => {
    const result = checkLineageOwner(ctx({ trackFundLineage: null, identityId: null }));
    expect(result.status).toBe("skipped");
    expect(result.reason).toMatch(/^Not known from this view/);
  });
});

describe("recomputed_balance", () => {
  it("passes when stored and recomputed values match", () => {
    const result = checkRecomputedBalance(
      ctx({ recomputed: { balance: 1100n, creditBalance: 1200n, debitBalance: 100n } }),
    );
    expect(result).toEqual({
      id: "recomputed_balance",
      label: "Matches its transactions",
      status: "pass",
      reason:
        "The stored balance (11.00 USD), credit and debit match the values recomputed from its transactions.",
    });
  });

  it("fails naming the stored and recomputed value of every field that differs", () => {
    const result = checkRecomputedBalance(
      ctx({ recomputed: { balance: 1200n, creditBalance: 1200n, debitBalance: 0n } }),
    );
    expect(result.status).toBe("fail");
    expect(result.reason).toBe(
      "The stored values differ from those recomputed from its transactions: " +
        "balance 11.00 USD stored, 12.00 USD recomputed; debit balance 1.00 USD stored, 0.00 USD recomputed.",
    );
  });

  it("fails on a one-minor-unit difference beyond 2^64", () => {
    const big = 2n ** 65n;
    const result = checkRecomputedBalance(
      ctx({
        balance: big,
        creditBalance: big,
        debitBalance: 0n,
        recomputed: { balance: big + 1n, creditBalance: big + 1n, debitBalance: 0n },
      }),
    );
    expect(result.status).toBe("fail");
    expect(result.reason).toContain(
      "credit balance 368,934,881,474,191,032.32 USD stored, 368,934,881,474,191,032.33 USD recomputed",
    );
  });

  it("is skipped, each with its own reason, when unsupported, failed or not checked here", () => {
    expect(checkRecomputedBalance(ctx({ recomputed: "unsupported" }))).toMatchObject({
      status: "skipped",
      reason: "This Blnk server cannot recompute balances from transactions.",
    });
    expect(checkRecomputedBalance(ctx({ recomputed: "failed" }))).toMatchObject({
      status: "skipped",
      reason: "Could not be checked: recomputing the balance from its transactions failed.",
    });
    expect(checkRecomputedBalance(ctx({ recomputed: undefined }))).toMatchObject({
      status: "skipped",
      reason: "Checked on the balance's details page.",
    });
  });
});
