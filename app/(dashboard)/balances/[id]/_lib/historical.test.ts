import { describe, expect, it } from "vitest";
import { getBalance } from "@/lib/blnk";
import { BALANCE_ID, balanceByIdJson } from "@/lib/blnk/test-fixtures";
import { json, testServerForFile } from "@/lib/blnk/test-server";
import { asOfHref, asOfParam, futureProblem, isBeforeCreated, parseAsOf } from "./as-of";
import { loadAsOf } from "./historical";

// "View historical balance" (`?at=`) against a Core-shaped `GET /balances/:id/at` (blnk-api.md §5.2): amounts
// beyond 2^64 exact, the moment sent in UTC, and each way a moment may not be shown.
const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "" } });

// The balance was created 2026-08-22T10:00:00.123456Z (test-fixtures).
const BIG = "123456789012345678901234567890";
const atJson = (balance: string, credit: string, debit: string, timestamp: string) =>
  `{"balance":{"balance":${balance},"balance_id":"${BALANCE_ID}","credit_balance":${credit},"currency":"USD","debit_balance":${debit}},"timestamp":"${timestamp}","from_source":false}`;

async function balance() {
  server.on(`GET /balances/${BALANCE_ID}`, json(200, balanceByIdJson));
  return getBalance(BALANCE_ID);
}

describe("the ?at= moment", () => {
  // RFC3339 with a zone, and nothing else: a date alone, a time without a zone, an impossible date.
  it.each([
    ["2026-09-01T12:30:05Z", "2026-09-01T12:30:05.000Z"],
    ["2026-09-01T14:30:05+02:00", "2026-09-01T12:30:05.000Z"],
    ["2026-09-01T12:30:05.25Z", "2026-09-01T12:30:05.250Z"],
    ["", null],
    ["yesterday", null],
    ["2026-09-01", null],
    ["2026-09-01T12:30:05", null],
    ["2026-13-45T99:00:00Z", null],
    ["1e9", null],
  ])("?at=%j names %j", (text, iso) => {
    expect(parseAsOf(text)?.toISOString() ?? null).toBe(iso);
  });

  it("goes into the link in UTC, escaped, and back out the same", () => {
    const at = new Date("2026-09-01T12:30:05Z");
    expect(asOfParam(at)).toBe("2026-09-01T12:30:05Z");
    expect(asOfHref("bln_1", at)).toBe("/balances/bln_1?at=2026-09-01T12%3A30%3A05Z");
    expect(asOfHref("bln_1", null)).toBe("/balances/bln_1");
    expect(parseAsOf(decodeURIComponent(asOfHref("bln_1", at).split("=")[1] ?? ""))?.getTime()).toBe(
      at.getTime(),
    );
  });

  it("a moment in the future is refused; one before creation is told apart to the second", () => {
    const now = new Date("2026-09-01T12:00:00Z");
    expect(futureProblem(new Date("2026-09-01T12:00:01Z"), now)).toMatch(/is in the future/);
    expect(futureProblem(now, now)).toBeNull();
    const created = "2026-08-22T10:00:00.123456Z";
    expect(isBeforeCreated(new Date("2026-08-22T09:59:59Z"), created)).toBe(true);
    // The dialog has whole seconds: the second the balance was created in counts as after it.
    expect(isBeforeCreated(new Date("2026-08-22T10:00:00Z"), created)).toBe(false);
  });
});

describe("loadAsOf", () => {
  it("no ?at= asks Blnk nothing", async () => {
    const shown = await balance();
    server.reset();
    expect(await loadAsOf(shown, undefined)).toBeNull();
    expect(await loadAsOf(shown, "  ")).toBeNull();
    expect(server.requests).toHaveLength(0);
  });

  it("shows Core's amounts at that moment, exact beyond 2^64, asking with a Z timestamp", async () => {
    const shown = await balance();
    server.on(
      `GET /balances/${BALANCE_ID}/at`,
      json(200, atJson(`-${BIG}`, "5", `${BIG}5`, "2026-09-01T12:30:05Z")),
    );
    const asOf = await loadAsOf(shown, "2026-09-01T14:30:05+02:00");
    const call = server.requests.find((request) => request.path.endsWith("/at"));
    expect(call?.query.get("timestamp")).toMatch(/^2026-09-01T12:30:05(\.000)?Z$/);
    expect(asOf).toMatchObject({ kind: "shown", at: "2026-09-01T12:30:05Z" });
    if (asOf?.kind !== "shown") throw new Error("not shown");
    expect(asOf.note).toBeUndefined();
    expect(asOf.amounts.balance.raw).toBe(`-${BIG}`);
    expect(asOf.amounts.balance.text).toBe("-1,234,567,890,123,456,789,012,345,678.90 USD");
    expect(asOf.amounts.creditBalance.raw).toBe("5");
    expect(asOf.amounts.debitBalance.raw).toBe(`${BIG}5`);
  });

  it("an unreadable or future moment says why, without asking Blnk", async () => {
    const shown = await balance();
    server.reset();
    const unreadable = await loadAsOf(shown, "last tuesday");
    expect(unreadable).toMatchObject({ kind: "problem", at: null, canRetry: false });
    expect(unreadable?.kind === "problem" && unreadable.message).toMatch(
      /"last tuesday" in this link is not a date/,
    );
    const future = await loadAsOf(shown, "2999-01-01T00:00:00Z");
    expect(future?.kind === "problem" && future.message).toMatch(
      /is in the future.*Showing the current balance/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("before the balance was created: 'did not exist yet' on zeros, the amounts with a note on backdated ones", async () => {
    const shown = await balance();
    server.on(`GET /balances/${BALANCE_ID}/at`, json(200, atJson("0", "0", "0", "2026-08-01T00:00:00Z")));
    const none = await loadAsOf(shown, "2026-08-01T00:00:00Z");
    expect(none?.kind === "problem" && none.message).toMatch(
      /did not exist yet at 1 Aug 2026, 00:00:00 UTC: it was created 22 Aug 2026, 10:00:00 UTC/,
    );
    server.on(`GET /balances/${BALANCE_ID}/at`, json(200, atJson("700", "700", "0", "2026-08-01T00:00:00Z")));
    const backdated = await loadAsOf(shown, "2026-08-01T00:00:00Z");
    expect(backdated).toMatchObject({
      kind: "shown",
      note: expect.stringMatching(/before the balance was created/),
    });
  });

  it("a failing Blnk gives a readable message and a retry", async () => {
    const shown = await balance();
    server.on(`GET /balances/${BALANCE_ID}/at`, json(503, '{"error":"database is down"}'));
    const failed = await loadAsOf(shown, "2026-09-01T12:30:05Z");
    expect(failed).toMatchObject({ kind: "problem", canRetry: true });
    expect(failed?.kind === "problem" && failed.message).toMatch(
      /^Blnk could not give the balance at that moment: /,
    );
  });
});
