import { describe, expect, it } from "vitest";
import {
  MAX_PERIOD_DAYS,
  parseDay,
  parsePeriod,
  periodFromParams,
  presetPeriod,
  statementHref,
} from "./period";

const NOW = new Date("2026-12-03T15:00:00Z");

describe("a statement's period", () => {
  it("covers whole UTC days: the opening one microsecond before the first, the closing at the last", () => {
    const result = parsePeriod("2026-11-01", "2026-11-30", NOW);
    expect(result).toEqual({
      ok: true,
      period: {
        from: "2026-11-01",
        to: "2026-11-30",
        openingAt: "2026-10-31T23:59:59.999999Z",
        closingAt: "2026-11-30T23:59:59.999999Z",
        days: 30,
      },
    });
    // One day is a period too; a leap day is a real day.
    expect(parsePeriod("2024-02-29", "2024-02-29", NOW)).toMatchObject({ ok: true, period: { days: 1 } });
  });

  it.each([
    ["2026-13-01", "2026-11-30", /The start "2026-13-01" is not a date/],
    ["2026-11-01", "2026-02-30", /The end "2026-02-30" is not a date/],
    ["yesterday", "2026-11-30", /The start "yesterday" is not a date/],
    ["1899-12-31", "1900-01-02", /is not a date.*from 1900 on/],
    ["", "2026-11-30", /The start "" is not a date/],
    ["2026-11-30", "2026-11-01", /starts \(2026-11-30\) after it ends \(2026-11-01\)/],
    ["1926-01-01", "2026-01-01", new RegExp(`at most ${MAX_PERIOD_DAYS} days; this period is 36,526 days`)],
    ["2026-12-06", "2026-12-31", /starts in the future/],
  ])("%j to %j is refused in plain words", (from, to, message) => {
    const result = parsePeriod(from, to, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("a very long typed value is cut short in the message", () => {
    const result = parsePeriod("x".repeat(10_000), "2026-11-30", NOW);
    expect(!result.ok && result.message.length).toBeLessThan(200);
  });

  it("today somewhere on Earth may start a period (UTC+14), tomorrow there may not", () => {
    const late = new Date("2026-12-03T11:00:00Z"); // 01:00 on 4 December in Kiribati
    expect(parsePeriod("2026-12-04", "2026-12-04", late).ok).toBe(true);
    expect(parsePeriod("2026-12-05", "2026-12-05", late).ok).toBe(false);
  });

  it("parses only real days", () => {
    expect(parseDay("2026-02-28")?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(parseDay("2026-02-29")).toBeNull();
    expect(parseDay("2026-2-28")).toBeNull();
  });

  it("the presets, in UTC", () => {
    expect(presetPeriod("Last 7 days", NOW)).toEqual({ from: "2026-11-27", to: "2026-12-03" });
    expect(presetPeriod("Last month", NOW)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(presetPeriod("This month", NOW)).toEqual({ from: "2026-12-01", to: "2026-12-03" });
    expect(presetPeriod("Last month", new Date("2027-01-15T00:00:00Z"))).toEqual({
      from: "2026-12-01",
      to: "2026-12-31",
    });
  });

  it("a link with no period shows the last 30 days; the link carries the period", () => {
    expect(periodFromParams(undefined, undefined, NOW)).toMatchObject({
      ok: true,
      period: { from: "2026-11-04", to: "2026-12-03" },
    });
    expect(statementHref("bln_1", { from: "2026-11-01", to: "2026-11-30" }, 2)).toBe(
      "/balances/bln_1/statement?from=2026-11-01&to=2026-11-30&page=2",
    );
  });
});
