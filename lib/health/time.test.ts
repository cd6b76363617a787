import { describe, expect, it } from "vitest";
import { DAY, HOUR } from "./test-helpers";
import { formatDuration, formatInstant, parseInstant } from "./time";

describe("formatDuration", () => {
  it.each([
    [0, "less than a minute"],
    [59_999, "less than a minute"],
    [-5, "less than a minute"],
    [Number.NaN, "less than a minute"],
    [60_000, "1 minute"],
    [45 * 60_000, "45 minutes"],
    [HOUR, "1 hour"],
    [23 * HOUR + 59 * 60_000, "23 hours"],
    [DAY, "1 day"],
    [DAY + HOUR, "1 day 1 hour"],
    [2 * DAY + 5 * HOUR, "2 days 5 hours"],
    [3 * DAY, "3 days"],
    [5 * DAY, "5 days"],
    [7 * DAY + 5 * HOUR, "7 days"],
    [400 * DAY, "400 days"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("parseInstant", () => {
  it("parses ISO timestamps, with offsets and sub-millisecond digits", () => {
    expect(parseInstant("2026-08-22T12:00:00Z")).toBe(Date.UTC(2026, 7, 22, 12));
    expect(parseInstant("2026-08-22T13:00:00+01:00")).toBe(Date.UTC(2026, 7, 22, 12));
    expect(parseInstant("2026-08-22T12:00:00.123456Z")).toBe(Date.UTC(2026, 7, 22, 12, 0, 0, 123));
  });

  it("treats null, empty, unparseable and Go's zero time as none", () => {
    expect(parseInstant(null)).toBeNull();
    expect(parseInstant(undefined)).toBeNull();
    expect(parseInstant("  ")).toBeNull();
    expect(parseInstant("soon")).toBeNull();
    expect(parseInstant("0001-01-01T00:00:00Z")).toBeNull();
  });
});

describe("formatInstant", () => {
  it("renders in UTC to the minute, independent of the machine's time zone", () => {
    expect(formatInstant(Date.UTC(2026, 8, 1, 0, 0, 59))).toBe("2026-09-01 00:00 UTC");
  });
});
