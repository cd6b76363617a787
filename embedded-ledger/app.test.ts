import { describe, expect, it } from "vitest";
import { errorBody } from "./testing/errors";
import { testLedgerForFile } from "./testing/ledger";

const ledger = testLedgerForFile();

describe("server basics", () => {
  it("answers / and /health", async () => {
    expect((await ledger.call("GET", "/")).text).toBe('"server running..."');
    const health = await ledger.call("GET", "/health");
    expect(health.status).toBe(200);
    expect(health.text).toBe('{"status":"UP"}');
  });

  it("answers unknown routes like gin", async () => {
    const missing = await ledger.call("GET", "/nope");
    expect(missing.status).toBe(404);
    expect(missing.text).toBe("404 page not found");
  });

  it("refuses bodies over 5 MB with 413 and keeps serving", async () => {
    const big = `{"name":"${"x".repeat(5 * 1024 * 1024 + 10)}"}`;
    const response = await ledger.call("POST", "/ledgers", big);
    expect(response.status).toBe(413);
    expect(response.json).toMatchObject({ error_detail: { code: "GEN_PAYLOAD_TOO_LARGE" } });
    expect((await ledger.call("GET", "/health")).status).toBe(200);
  });

  it("sends Core's security headers", async () => {
    const response = await ledger.call("GET", "/health");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("secure mode", () => {
  const secure = testLedgerForFile({ secretKey: "master-key-1" });

  it("keeps / and /health open", async () => {
    expect((await secure.call("GET", "/")).status).toBe(200);
    expect((await secure.call("GET", "/health")).status).toBe(200);
  });

  it("answers a missing key with Core's 401 body", async () => {
    const response = await secure.call("GET", "/ledgers");
    expect(response.status).toBe(401);
    expect(response.json).toEqual(
      errorBody("AUTH_MISSING_API_KEY", "Authentication required. Use X-Blnk-Key header"),
    );
  });

  it("rejects a wrong key and accepts the right one", async () => {
    const wrong = await secure.call("GET", "/ledgers", undefined, { "X-Blnk-Key": "nope" });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({
      error: "Invalid API key",
      error_detail: { code: "AUTH_INVALID_API_KEY" },
    });
    const right = await secure.call("GET", "/ledgers", undefined, { "x-blnk-key": "master-key-1" });
    expect(right.status).not.toBe(401);
  });
});

describe("values Postgres refuses", () => {
  it("answers a NUL character in any route's input with a 400, not a 500", async () => {
    const ledgerResponse = await ledger.call("POST", "/ledgers", '{"name":"Main"}');
    const ledgerId = (ledgerResponse.json as { ledger_id: string }).ledger_id;
    const balance = await ledger.call(
      "POST",
      "/balances",
      `{"ledger_id":"${ledgerId}","currency":"US\\u0000D"}`,
    );
    expect(balance.status).toBe(400);
    expect(balance.json).toMatchObject({ error_detail: { code: "GEN_BAD_REQUEST" } });
    const transaction = await ledger.call(
      "POST",
      "/transactions",
      '{"precise_amount":1,"currency":"USD","source":"@A","destination":"@B","reference":"r\\u0000","description":"x","allow_overdraft":true}',
    );
    expect(transaction.status).toBe(400);
  });
});
