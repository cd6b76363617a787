import { describe, expect, it } from "vitest";
import {
  checkBalanceEquation,
  checkInflightEquation,
  checkLineageOwner,
  checkNegativeBalance,
  checkRecomputedBalance,
} from "./checks";
import { amounts, ctx, gbp, inflight } from "./test-helpers";

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
    expect(checkBalanceEquation(ctx(amounts(-100n, 0n, 100n))).status).toBe("pass");
  });

  it("compares exactly beyond 2^64 (a difference of 1 that a double would lose)", () => {
    const credit = 2n ** 70n + 1n;
    const debit = 1n;
    expect(checkBalanceEquation(ctx(amounts(2n ** 70n, credit, debit))).status).toBe("pass");
    const off = checkBalanceEquation(ctx(amounts(2n ** 70n, credit, 2n)));
    expect(off.status).toBe("fail");
    expect(off.reason).toBe(
      "Balance 11,805,916,207,174,113,034.24 USD is not credit 11,805,916,207,174,113,034.25 USD − " +
        "debit 0.02 USD (= 11,805,916,207,174,113,034.23 USD).",
    );
  });
});

describe("inflight_equation", () => {
  it("passes when inflight = inflight credit − inflight debit", () => {
    const result = checkInflightEquation(ctx(inflight(-200n, 300n, 500n)));
    expect(result).toEqual({
      id: "inflight_equation",
      label: "Inflight balance adds up",
      status: "pass",
      reason: "Inflight balance -2.00 USD equals inflight credit 3.00 USD − inflight debit 5.00 USD.",
    });
  });

  it("fails on a mismatch", () => {
    const result = checkInflightEquation(ctx(inflight(0n, 300n, 0n)));
    expect(result.status).toBe("fail");
    expect(result.reason).toBe(
      "Inflight balance 0.00 USD is not inflight credit 3.00 USD − inflight debit 0.00 USD (= 3.00 USD).",
    );
  });
});

describe("negative_balance", () => {
  it("warns on a negative balance with the exact reason", () => {
    const result = checkNegativeBalance(ctx({ ...amounts(-1861n, 0n, 1861n), formatAmount: gbp }));
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
    const result = checkRecomputedBalance(ctx({ recomputed: amounts(1100n, 1200n, 100n) }));
    expect(result).toEqual({
      id: "recomputed_balance",
      label: "Matches its transactions",
      status: "pass",
      reason:
        "The stored balance (11.00 USD), credit and debit match the values recomputed from its transactions.",
    });
  });

  it("fails naming the stored and recomputed value of every field that differs", () => {
    const result = checkRecomputedBalance(ctx({ recomputed: amounts(1200n, 1200n, 0n) }));
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
        ...amounts(big, big, 0n),
        recomputed: amounts(big + 1n, big + 1n, 0n),
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
