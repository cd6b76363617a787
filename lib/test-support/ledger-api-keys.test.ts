import { afterAll, beforeAll, expect, it } from "vitest";
import { callWithKey } from "@/lib/test-support/ledger-api-keys";
import { type LedgerProcess, startLedgerProcess } from "@/lib/test-support/ledger-process";

// The LedgerProcess key helper against the real embedded ledger process: a key gets exactly its scopes.

let ledger: LedgerProcess;
beforeAll(async () => {
  ledger = await startLedgerProcess("ledger-api-keys-test-secret-9d2b");
}, 60_000);
afterAll(() => ledger.stop());

it("makes a scoped key through the API that reads but may not filter", async () => {
  const apiKey = await ledger.newApiKey(["balances:read", "ledgers:read"]);
  expect(apiKey).toMatchObject({ ownerId: "owner_test", scopes: ["balances:read", "ledgers:read"] });
  expect(apiKey.apiKeyId).toMatch(/^api_key_/);
  expect((await callWithKey(ledger.url, apiKey.key, "GET", "/balances")).status).toBe(200);
  const filter = await callWithKey(ledger.url, apiKey.key, "POST", "/balances/filter", {});
  expect(filter.status).toBe(403);
  expect(JSON.parse(filter.text)).toEqual({
    error: "Insufficient permissions for balances:write",
    error_detail: {
      code: "AUTH_INSUFFICIENT_PERMISSIONS",
      message: "Insufficient permissions for balances:write",
    },
  });
}, 30_000);
