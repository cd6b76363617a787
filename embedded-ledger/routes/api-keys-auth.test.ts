import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toJson } from "../json";
import { type ApiKeyJson, type SecureTestLedger, startSecureTestLedger } from "../testing/api-keys";

// Secure mode with API keys, against Core's api/middleware/auth.go and scope.go: every route behind a scope of
// the resource its first path segment names, POST/PUT/PATCH needing `write` (filters included), and
// `meta_data.BLNK_GENERATED_BY` injected into what a key POSTs.

let ledger: SecureTestLedger;
let ledgerId: string;
let identityId: string;
let balanceId: string;
let transactionId: string;
let readKey: ApiKeyJson;

const errorBody = (code: string, message: string) => ({ error: message, error_detail: { code, message } });
const denied = (scope: string) =>
  errorBody("AUTH_INSUFFICIENT_PERMISSIONS", `Insufficient permissions for ${scope}`);
const unknownResource = errorBody("AUTH_UNKNOWN_RESOURCE", "Unknown resource type");
const idOf = (text: string, field: string) => (JSON.parse(text) as Record<string, string>)[field] ?? "";
let refs = 0;
const transfer = (destination: string, extra: Record<string, unknown> = {}) =>
  toJson({
    source: "@World",
    destination,
    precise_amount: 1000n,
    currency: "USD",
    reference: `auth-ref-${Date.now()}-${++refs}`,
    description: "funding",
    allow_overdraft: true,
    ...extra,
  });

beforeAll(async () => {
  ledger = await startSecureTestLedger();
  ledgerId = idOf((await ledger.asMaster("POST", "/ledgers", '{"name":"Keys"}')).text, "ledger_id");
  const identity = await ledger.asMaster(
    "POST",
    "/identities",
    '{"identity_type":"individual","first_name":"A"}',
  );
  identityId = idOf(identity.text, "identity_id");
  const balance = await ledger.asMaster(
    "POST",
    "/balances",
    JSON.stringify({ ledger_id: ledgerId, currency: "USD" }),
  );
  balanceId = idOf(balance.text, "balance_id");
  transactionId = idOf(
    (await ledger.asMaster("POST", "/transactions", transfer(balanceId))).text,
    "transaction_id",
  );
  readKey = await ledger.newApiKey(["ledgers:read", "balances:read", "identities:read", "transactions:read"]);
}, 60_000);
afterAll(() => ledger.destroy());

describe("a read-only key", () => {
  const asReader = (method: string, route: string, body?: string) =>
    ledger.asKey(readKey.key)(method, route, body);

  it("reads every list and record", async () => {
    for (const route of [
      "/balances",
      `/balances/${balanceId}`,
      "/transactions",
      `/transactions/${transactionId}`,
      "/identities",
      `/identities/${identityId}`,
      "/ledgers",
      `/ledgers/${ledgerId}`,
    ]) {
      expect((await asReader("GET", route)).status, route).toBe(200);
    }
    expect((await asReader("GET", "/balances/bln_missing")).status).toBe(404);
  });

  it("gets Core's 403 for every write, filters included", async () => {
    const cases: [string, string, string | undefined, string][] = [
      ["POST", "/balances/filter", "{}", "balances:write"],
      ["POST", "/balances", JSON.stringify({ ledger_id: ledgerId, currency: "USD" }), "balances:write"],
      ["POST", "/ledgers/filter", "{}", "ledgers:write"],
      ["POST", "/identities/filter", "{}", "identities:write"],
      ["POST", "/transactions/filter", "{}", "transactions:write"],
      ["PUT", `/ledgers/${ledgerId}`, '{"name":"x"}', "ledgers:write"],
      ["PUT", `/balances/${balanceId}/identity`, "{}", "balances:write"],
      ["DELETE", `/identities/${identityId}`, undefined, "identities:delete"],
      // A method Core maps to no action names none.
      ["OPTIONS", "/balances", undefined, "balances:"],
    ];
    for (const [method, route, body, scope] of cases) {
      const response = await asReader(method, route, body);
      expect(response.status, `${method} ${route}`).toBe(403);
      expect(response.json, `${method} ${route}`).toEqual(denied(scope));
    }
  });

  it("records uses that pass, not refusals", async () => {
    const fresh = await ledger.newApiKey(["ledgers:read"], { owner: "owner_usage" });
    await ledger.asKey(fresh.key)("POST", "/ledgers", '{"name":"no"}');
    const list = async () =>
      ((await ledger.asMaster("GET", "/api-keys?owner=owner_usage")).json as ApiKeyJson[])[0];
    expect((await list())?.last_used_at).toBe("0001-01-01T00:00:00Z");
    await ledger.asKey(fresh.key)("GET", "/ledgers/ldg_missing");
    expect(Date.parse((await list())?.last_used_at ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe("resources Core does not map", () => {
  it("are refused to any API key with 403 AUTH_UNKNOWN_RESOURCE, before routing", async () => {
    const all = await ledger.newApiKey(["*:*"]);
    for (const [method, route] of [
      ["POST", `/${balanceId}/metadata`],
      ["POST", "/balances-snapshots"],
      ["GET", "/nope"],
      ["GET", "/Balances"],
    ] as const) {
      const body = method === "GET" ? undefined : '{"meta_data":{"a":1}}';
      const response = await ledger.asKey(all.key)(method, route, body);
      expect(response.status, route).toBe(403);
      expect(response.json, route).toEqual(unknownResource);
    }
    // The master key still reaches them.
    expect((await ledger.asMaster("POST", `/${balanceId}/metadata`, '{"meta_data":{"a":1}}')).status).toBe(
      200,
    );
    expect((await ledger.asKey(all.key)("GET", "/health")).status).toBe(200);
  });

  it("map Core's special segments to their resource", async () => {
    const accounts = await ledger.newApiKey(["accounts:read", "search:write", "transactions:write"]);
    // These routes are not served here: past the scope check, gin's plain 404.
    for (const [method, route] of [
      ["GET", "/mocked-account"],
      ["POST", "/multi-search"],
    ] as const) {
      const response = await ledger.asKey(accounts.key)(method, route, method === "GET" ? undefined : "{}");
      expect(response.status, route).toBe(404);
      expect(response.text).toBe("404 page not found");
    }
    // The refund route is served: past the scope check (transactions:write), the handler's own 404.
    const allowed = await ledger.asKey(accounts.key)("POST", "/refund-transaction/txn_x", "{}");
    expect(allowed.status).toBe(404);
    expect(allowed.text).toContain("no transaction to refund");
    const other = await ledger.newApiKey(["balances:*"]);
    const refund = await ledger.asKey(other.key)("POST", "/refund-transaction/txn_x", "{}");
    expect(refund.json).toEqual(denied("transactions:write"));
  });
});

describe("wildcards", () => {
  const status = async (key: ApiKeyJson, method: string, route: string, body?: string) =>
    (await ledger.asKey(key.key)(method, route, body)).status;

  it("honour `*` as a whole resource or a whole action, nothing else", async () => {
    const everything = await ledger.newApiKey(["*:*"]);
    const balances = await ledger.newApiKey(["balances:*"]);
    const reads = await ledger.newApiKey(["*:read"]);
    const writes = await ledger.newApiKey(["*:write"]);
    const odd = await ledger.newApiKey(["balances", "balances:read:x", "bal*:read", "*", "BALANCES:READ"]);
    const filter = "{}";
    expect(await status(everything, "POST", "/ledgers/filter", filter)).toBe(200);
    expect(await status(everything, "GET", "/api-keys")).toBe(200);
    expect(await status(balances, "POST", "/balances/filter", filter)).toBe(200);
    expect(await status(balances, "GET", "/balances")).toBe(200);
    expect(await status(balances, "GET", "/ledgers")).toBe(403);
    expect(await status(reads, "GET", "/identities")).toBe(200);
    expect(await status(reads, "POST", "/identities/filter", filter)).toBe(403);
    expect(await status(writes, "POST", "/identities/filter", filter)).toBe(200);
    expect(await status(writes, "GET", "/identities")).toBe(403);
    expect(await status(odd, "GET", "/balances")).toBe(403);
  });
});

describe("keys that do not open", () => {
  it("answer Core's 401s", async () => {
    const expired = await ledger.newApiKey(["*:*"], { expiresAt: "2020-01-01T00:00:00Z" });
    const revoked = await ledger.newApiKey(["*:*"], { owner: "owner_revoked" });
    await ledger.asMaster("DELETE", `/api-keys/${revoked.api_key_id}?owner=owner_revoked`);
    const gone = errorBody("AUTH_EXPIRED_API_KEY", "API key is expired or revoked");
    const invalid = errorBody("AUTH_INVALID_API_KEY", "Invalid API key");
    // Expiry and revocation are checked before the resource.
    for (const route of ["/ledgers", "/nope"]) {
      expect((await ledger.asKey(expired.key)("GET", route)).json).toEqual(gone);
      expect((await ledger.asKey(revoked.key)("GET", route)).json).toEqual(gone);
    }
    const live = await ledger.newApiKey(["*:*"]);
    const samePrefix = `${live.key.slice(0, 16)}${"A".repeat(27)}=`;
    for (const key of [samePrefix, `${live.key}x`, live.key.slice(0, -1), "unknown", readKey.api_key_id]) {
      const response = await ledger.asKey(key)("GET", "/ledgers");
      expect(response.status, key).toBe(401);
      expect(response.json, key).toEqual(invalid);
    }
    const missing = await ledger.call("GET", "/ledgers");
    expect(missing.json).toEqual(
      errorBody("AUTH_MISSING_API_KEY", "Authentication required. Use X-Blnk-Key header"),
    );
  });
});

describe("what a key POSTs", () => {
  let writer: ApiKeyJson;
  const asWriter = (method: string, route: string, body?: string) =>
    ledger.asKey(writer.key)(method, route, body);
  const metaOf = (text: string) => (JSON.parse(text) as { meta_data: unknown }).meta_data;
  beforeAll(async () => {
    const writes = ["balances:write", "ledgers:write", "identities:write", "transactions:write"];
    writer = await ledger.newApiKey([...readKey.scopes, ...writes]);
  });

  it("carries meta_data.BLNK_GENERATED_BY = the key's ID into what is stored", async () => {
    const body = JSON.stringify({ ledger_id: ledgerId, currency: "USD", meta_data: { z: 1, a: "x" } });
    const created = await asWriter("POST", "/balances", body);
    expect(created.status).toBe(201);
    const expected = { BLNK_GENERATED_BY: writer.api_key_id, a: "x", z: 1 };
    expect(metaOf(created.text)).toEqual(expected);
    const id = idOf(created.text, "balance_id");
    expect(metaOf((await ledger.asMaster("GET", `/balances/${id}`)).text)).toEqual(expected);
    const plainBalance = await asWriter(
      "POST",
      "/balances",
      JSON.stringify({ ledger_id: ledgerId, currency: "EUR" }),
    );
    expect(metaOf(plainBalance.text)).toEqual({ BLNK_GENERATED_BY: writer.api_key_id });
    // The master key's writes are left alone.
    const byMaster = await ledger.asMaster(
      "POST",
      "/balances",
      JSON.stringify({ ledger_id: ledgerId, currency: "GBP" }),
    );
    expect(metaOf(byMaster.text)).toBeNull();
    // A filter body gets it too, and ignores it.
    expect((await asWriter("POST", "/balances/filter", "{}")).status).toBe(200);
  });

  it("replaces a meta_data that is not an object, as Core's rewrite does", async () => {
    const body = '{"name":"Odd","meta_data":[1]}';
    expect((await ledger.asMaster("POST", "/ledgers", body)).status).toBe(400);
    const created = await asWriter("POST", "/ledgers", body);
    expect(created.status).toBe(201);
    expect(metaOf(created.text)).toEqual({ BLNK_GENERATED_BY: writer.api_key_id });
  });

  it("keeps big integers exact (Core's float64 rewrite would round them; a deliberate difference)", async () => {
    const amount = 2n ** 64n + 1n;
    const body = transfer(balanceId, { precise_amount: amount, meta_data: { big: 2n ** 70n + 3n } });
    const created = await asWriter("POST", "/transactions", body);
    expect(created.status).toBe(201);
    expect(created.text).toContain(`"precise_amount":${amount}`);
    expect(created.text).toContain(
      `"meta_data":{"BLNK_GENERATED_BY":"${writer.api_key_id}","big":${2n ** 70n + 3n}}`,
    );
    const stored = await ledger.db.query<{ precise_amount: bigint }>(
      "SELECT precise_amount FROM transactions WHERE transaction_id = $1",
      [idOf(created.text, "transaction_id")],
    );
    expect(stored.rows[0]?.precise_amount).toBe(amount);
  });

  it("passes bodies Go cannot read as a map unchanged, and answers a bare null with Core's empty 500", async () => {
    for (const body of ["", "{bad", "[]", '"text"']) {
      const master = await ledger.asMaster("POST", "/ledgers", body);
      const key = await asWriter("POST", "/ledgers", body);
      expect([key.status, key.text], JSON.stringify(body)).toEqual([master.status, master.text]);
    }
    const panic = await asWriter("POST", "/ledgers", "null");
    expect(panic.status).toBe(500);
    expect(panic.text).toBe("");
    expect(panic.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await ledger.asMaster("POST", "/ledgers", "null")).status).toBe(400);
  });

  it("leaves PUT bodies alone", async () => {
    const updated = await asWriter("PUT", `/identities/${identityId}`, '{"meta_data":{"k":"v"}}');
    expect(updated.status).toBe(200);
    expect(metaOf((await ledger.asMaster("GET", `/identities/${identityId}`)).text)).toEqual({ k: "v" });
  });
});
