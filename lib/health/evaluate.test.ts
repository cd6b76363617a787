import { describe, expect, it } from "vitest";
import { evaluateHealth } from "./evaluate";
import { ALL_CHECKS_PASS, type HealthCheckId, INFLIGHT_STALE_AFTER_MS } from "./index";
import { ago, amounts, DAY, inflight, input } from "./test-helpers";

const ORDER: HealthCheckId[] = [
  "balance_equation",
  "inflight_equation",
  "negative_balance",
  "inflight_age",
  "lineage_owner",
  "recomputed_balance",
];

describe("evaluateHealth", () => {
  it("always reports every check, in order, each with a label and a reason", () => {
    for (const overrides of [{}, { balance: -5n, trackFundLineage: null, recomputed: "failed" as const }]) {
      const report = evaluateHealth(input(overrides));
      expect(report.checks.map((c) => c.id)).toEqual(ORDER);
      for (const check of report.checks) {
        expect(check.label).not.toBe("");
        expect(check.reason).toMatch(/\.$/);
      }
    }
  });

  it("is healthy when nothing warns or fails; skipped checks do not count", () => {
    const report = evaluateHealth(input());
    expect(report).toMatchObject({ status: "healthy", label: "Healthy", summary: ALL_CHECKS_PASS });
    expect(report.summary).toBe("All checks pass.");
    expect(report.checks.find((c) => c.id === "recomputed_balance")?.status).toBe("skipped");
  });

  it("is healthy with every check passing, including a matching recomputation", () => {
    const report = evaluateHealth(
      input({
        trackFundLineage: true,
        identityId: "idt_1",
        recomputed: amounts(1100n, 1200n, 100n),
      }),
    );
    expect(report.checks.every((c) => c.status === "pass")).toBe(true);
    expect(report.status).toBe("healthy");
  });

  it("needs attention on any warning, summarised by the first warning's reason", () => {
    const report = evaluateHealth(input({ ...amounts(-100n, 0n, 100n), trackFundLineage: true }));
    expect(report.status).toBe("needs_attention");
    expect(report.label).toBe("Needs attention");
    expect(report.summary).toBe(
      "The balance is negative (-1.00 USD): debits exceed credits. Allowed by overdraft, but worth a look.",
    );
  });

  it("is unhealthy when any check fails, and the fail's reason wins over earlier warnings", () => {
    // negative_balance (3rd) warns, recomputed_balance (6th) fails: the later fail still wins.
    const report = evaluateHealth(
      input({
        ...amounts(-100n, 0n, 100n),
        recomputed: amounts(0n, 0n, 0n),
      }),
    );
    expect(report.status).toBe("unhealthy");
    expect(report.label).toBe("Unhealthy");
    expect(report.summary).toBe(report.checks.find((c) => c.id === "recomputed_balance")?.reason);
  });

  it("summarises with the first fail when several fail", () => {
    const report = evaluateHealth(input({ balance: 0n, inflightBalance: 5n }));
    expect(report.status).toBe("unhealthy");
    expect(report.summary).toBe("Balance 0.00 USD is not credit 12.00 USD − debit 1.00 USD (= 11.00 USD).");
  });

  it("formats amounts as raw minor units by default, exactly beyond 2^64", () => {
    const huge = 10n ** 40n + 1n; // far past 2^64 (≈1.8 × 10^19) and 2^128
    const report = evaluateHealth({
      ...amounts(-huge, 0n, huge),
      ...inflight(0n, 0n, 0n),
      identityId: null,
      trackFundLineage: null,
      inflightExpiresAt: null,
      now: new Date("2026-08-22T12:00:00Z"),
    });
    expect(report.status).toBe("needs_attention");
    expect(report.summary).toBe(
      "The balance is negative (-10000000000000000000000000000000000000001 minor units): debits exceed credits. " +
        "Allowed by overdraft, but worth a look.",
    );
    expect(report.checks[0]?.reason).toBe(
      "Balance -10000000000000000000000000000000000000001 minor units equals " +
        "credit 0 minor units − debit 10000000000000000000000000000000000000001 minor units.",
    );
  });

  it("detects a one-unit mismatch at 2^64 that Number would round away", () => {
    const credit = 2n ** 64n;
    const report = evaluateHealth(input(amounts(credit, credit, 1n)));
    expect(Number(credit) === Number(credit - 1n)).toBe(true); // the trap being avoided
    expect(report.status).toBe("unhealthy");
    expect(report.checks[0]?.status).toBe("fail");
  });

  it("flags stale inflight funds relative to the given now, not the wall clock", () => {
    const pending = inflight(100n, 100n, 0n);
    const fresh = evaluateHealth(input({ ...pending, oldestInflightAt: ago(INFLIGHT_STALE_AFTER_MS) }));
    const stale = evaluateHealth(input({ ...pending, oldestInflightAt: ago(5 * DAY) }));
    expect(fresh.status).toBe("healthy");
    expect(stale.status).toBe("needs_attention");
    expect(stale.summary).toContain("pending for 5 days");
  });
});
