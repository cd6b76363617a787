import { describe, expect, it } from "vitest";
import { createBalance, filterBalances, getBalance } from "./balances";
import { BlnkError } from "./errors";
import { busyRetryDelayMs, parseRetryAfter } from "./retry";
import {
  BALANCE_ID,
  balanceByIdJson,
  balanceListRowJson,
  createdBalanceJson,
  LEDGER_ID,
} from "./test-fixtures";
import { blnkFailure, coreError, json, testServerForFile } from "./test-server";

// Core's busy answers: the rate limiter's 429 (api/middleware/middleware.go RateLimitMiddleware, tollbooth's
// message) and a full queue's 503 QUEUE_BACKPRESSURE (api/errors.go, internal/apierror/codes.go).
const RATE_LIMITED = coreError(429, "GEN_RATE_LIMITED", "You have reached maximum request limit.");
const BACKPRESSURE = coreError(
  503,
  "QUEUE_BACKPRESSURE",
  "queue backpressure: redis memory or pending task limit reached",
);
const FORBIDDEN = coreError(
  403,
  "AUTH_INSUFFICIENT_PERMISSIONS",
  "Insufficient permissions for balances:write",
);

const { server } = testServerForFile();

/** Answers the listed replies in turn, then the last one for ever. */
function inTurn(...replies: ReturnType<typeof json>[]) {
  let next = 0;
  return () => replies[Math.min(next++, replies.length - 1)] ?? json(500, "{}");
}

describe("a busy Blnk", () => {
  it("429 then 200: the rows arrive, exact, after one more request", async () => {
    server.on("POST /balances/filter", inTurn(RATE_LIMITED, json(200, `[${balanceListRowJson}]`)));
    const page = await filterBalances({ limit: 20, offset: 0 }, { config: server.config() });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.balance).toBe(10n ** 40n + 1n);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /balances/filter",
      "POST /balances/filter",
    ]);
  });

  it("waits what Retry-After asks before sending again", async () => {
    let first = 0;
    server.on(`GET /balances/${BALANCE_ID}`, () => {
      if (first++ === 0) return { ...RATE_LIMITED, headers: { "Retry-After": "1" } };
      return json(200, balanceByIdJson);
    });
    const started = Date.now();
    const balance = await getBalance(BALANCE_ID, {}, { config: server.config({ timeoutMs: 5_000 }) });
    expect(balance.id).toBe(BALANCE_ID);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("gives up after two more tries and says Blnk is limiting the rate", async () => {
    server.on("POST /balances/filter", RATE_LIMITED);
    const error = await blnkFailure(filterBalances({ limit: 20, offset: 0 }, { config: server.config() }));
    expect(error.kind).toBe("rate_limited");
    expect(error.userMessage).toMatch(/limiting the request rate/);
    expect(server.requests).toHaveLength(3);
  });

  it("does not wait past the call's deadline", async () => {
    server.on(`GET /balances/${BALANCE_ID}`, () => ({ ...RATE_LIMITED, headers: { "Retry-After": "2" } }));
    const error = await blnkFailure(
      getBalance(BALANCE_ID, {}, { config: server.config({ timeoutMs: 1_000 }) }),
    );
    expect(error.status).toBe(429);
    expect(server.requests).toHaveLength(1);
  });

  it("a read refused by queue backpressure is sent again; a write is not (it may be stored already)", async () => {
    server.on(`GET /balances/${BALANCE_ID}`, inTurn(BACKPRESSURE, json(200, balanceByIdJson)));
    expect((await getBalance(BALANCE_ID, {}, { config: server.config() })).id).toBe(BALANCE_ID);

    server.reset();
    server.on("POST /balances", inTurn(BACKPRESSURE, json(201, createdBalanceJson)));
    const error = await blnkFailure(
      createBalance({ ledgerId: LEDGER_ID, currency: "USD" }, { config: server.config() }),
    );
    expect(error.code).toBe("QUEUE_BACKPRESSURE");
    expect(server.requests).toHaveLength(1);
  });

  it("a write refused by the rate limiter is sent again: the limiter refuses before any handler runs", async () => {
    server.on("POST /balances", inTurn(RATE_LIMITED, json(201, createdBalanceJson)));
    const created = await createBalance(
      { ledgerId: LEDGER_ID, currency: "USD" },
      { config: server.config() },
    );
    expect(created.ledgerId).toBe(LEDGER_ID);
    expect(server.requests).toHaveLength(2);
  });
});

describe("a scoped key without the scope", () => {
  it("names the missing scope instead of a raw 403", async () => {
    server.on("POST /balances", FORBIDDEN);
    const error = await blnkFailure(
      createBalance({ ledgerId: LEDGER_ID, currency: "USD" }, { config: server.config() }),
    );
    expect(error.kind).toBe("forbidden");
    expect(error.missingScope).toBe("balances:write");
    expect(error.userMessage).toBe("Your Blnk API key lacks balances:write.");
    expect(error.toPlain().userMessage).toBe("Your Blnk API key lacks balances:write.");
    expect(server.requests).toHaveLength(1);
  });
});

describe("retry policy", () => {
  const busy = (status: number, code: string, retryAfterMs?: number) =>
    new BlnkError({
      status,
      code,
      message: "busy",
      kind: status === 429 ? "rate_limited" : "server",
      retryAfterMs,
    });

  it("backs off 250 ms then 500 ms, honours Retry-After up to 2 s, stops after two", () => {
    expect(busyRetryDelayMs(busy(429, "GEN_RATE_LIMITED"), 0, true)).toBe(250);
    expect(busyRetryDelayMs(busy(429, "GEN_RATE_LIMITED"), 1, false)).toBe(500);
    expect(busyRetryDelayMs(busy(429, "GEN_RATE_LIMITED"), 2, true)).toBeNull();
    expect(busyRetryDelayMs(busy(429, "GEN_RATE_LIMITED", 30_000), 0, true)).toBe(2_000);
    expect(busyRetryDelayMs(busy(503, "QUEUE_BACKPRESSURE"), 0, true)).toBe(250);
    expect(busyRetryDelayMs(busy(503, "QUEUE_BACKPRESSURE"), 0, false)).toBeNull();
    expect(busyRetryDelayMs(busy(503, "GEN_INTERNAL_ERROR"), 0, true)).toBeNull();
    expect(busyRetryDelayMs(busy(500, "GEN_INTERNAL_ERROR"), 0, true)).toBeNull();
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter("Tue, 01 Dec 2026 10:00:02 GMT", now)).toBe(2_000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
