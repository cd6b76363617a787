import { describe, expect, it } from "vitest";
import { checkInflightAge, INFLIGHT_STALE_AFTER_MS } from "./checks";
import { ago, ctx, DAY, HOUR, inflight, NOW } from "./test-helpers";

/** Inflight: 5.00 USD credit pending, nothing else. */
const pending = inflight(500n, 500n, 0n);

describe("INFLIGHT_STALE_AFTER_MS", () => {
  it("is 72 hours", () => {
    expect(INFLIGHT_STALE_AFTER_MS).toBe(72 * HOUR);
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
    const result = checkInflightAge(ctx(inflight(0n, 500n, 500n)));
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
        ...inflight(-250n, 0n, 250n),
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
