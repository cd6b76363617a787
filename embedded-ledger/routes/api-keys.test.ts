import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey as storeApiKey } from "../models/api-key";
import {
  type ApiKeyJson,
  type SecureTestLedger,
  startSecureTestLedger,
  TEST_KEY_OWNER,
} from "../testing/api-keys";
import { errorBody, expectMalformed } from "../testing/errors";
import { startTestLedger, type TestLedger } from "../testing/ledger";

// POST/GET/DELETE /api-keys against Core's api/apikeys.go, database/api_key.go and model/api_key.go.

let ledger: SecureTestLedger;
beforeAll(async () => {
  ledger = await startSecureTestLedger();
}, 60_000);
afterAll(() => ledger.destroy());

const API_KEY_ID = /^api_key_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FIELDS = [
  "api_key_id",
  "key",
  "name",
  "owner_id",
  "scopes",
  "expires_at",
  "created_at",
  "last_used_at",
  "is_revoked",
];
// Milliseconds without a trailing zero: Go's RFC 3339 text drops trailing zeros (".090Z" is ".09Z"), so a
// time like that would read back differently from toISOString() one run in ten.
const TOMORROW = new Date(Math.floor((Date.now() + 86_400_000) / 1000) * 1000 + 123).toISOString();
const ZERO_TIME = "0001-01-01T00:00:00Z";

const required = (field: string) =>
  `Key: 'CreateAPIKeyRequest.${field}' Error:Field validation for '${field}' failed on the 'required' tag`;
const keyBody = (fields: Record<string, unknown>) =>
  JSON.stringify({ name: "k", scopes: ["ledgers:read"], owner: "owner_a", expires_at: TOMORROW, ...fields });
let owners = 0;
const freshOwner = () => `owner_${Date.now()}_${++owners}`;

describe("POST /api-keys with the master key", () => {
  it("returns Core's APIKey, field for field, with the plain key shown this once", async () => {
    const body = keyBody({ name: "Reporting", scopes: ["balances:read", "*:read"], owner: "owner_a" });
    const response = await ledger.asMaster("POST", "/api-keys", body);
    expect(response.status).toBe(201);
    const created = JSON.parse(response.text) as ApiKeyJson;
    expect(Object.keys(created)).toEqual(FIELDS);
    expect(created.api_key_id).toMatch(API_KEY_ID);
    // 32 random bytes in URL-safe base64 with its padding.
    expect(created.key).toMatch(/^[A-Za-z0-9_-]{43}=$/);
    expect(created).toMatchObject({
      name: "Reporting",
      owner_id: "owner_a",
      scopes: ["balances:read", "*:read"],
      expires_at: TOMORROW,
      last_used_at: ZERO_TIME,
      is_revoked: false,
    });
    expect(Date.parse(created.created_at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("stores a bcrypt hash and the first 16 characters, never the key", async () => {
    const created = await ledger.newApiKey(["ledgers:read"]);
    const { rows } = await ledger.db.query<{ key: string; key_prefix: string }>(
      "SELECT key, key_prefix FROM api_keys WHERE api_key_id = $1",
      [created.api_key_id],
    );
    const stored = rows[0];
    expect(stored?.key_prefix).toBe(created.key.slice(0, 16));
    expect(stored?.key).toMatch(/^\$2a\$04\$/); // the test ledger's cost; Core's 10 below
    expect(bcrypt.compareSync(created.key, stored?.key ?? "")).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(created.key);
  });

  it("hashes with Go's bcrypt prefix and default cost unless told otherwise", async () => {
    const { row, key } = await storeApiKey(ledger.db, {
      name: "default cost",
      ownerId: freshOwner(),
      scopes: [],
      expiresAt: TOMORROW,
    });
    expect(row.key).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/);
    expect(bcrypt.compareSync(key, row.key)).toBe(true);
  }, 20_000);

  it("takes any scope text, an empty scope list and a past expiry, as Core does", async () => {
    const odd = ["balances", "a:b:c", "", "*", "ledgers:READ", "bal*:read"];
    const response = await ledger.asMaster("POST", "/api-keys", keyBody({ scopes: odd }));
    expect(response.status).toBe(201);
    expect((response.json as ApiKeyJson).scopes).toEqual(odd);
    const empty = await ledger.asMaster("POST", "/api-keys", keyBody({ scopes: [] }));
    expect(empty.status).toBe(201);
    expect((empty.json as ApiKeyJson).scopes).toEqual([]);
    const past = await ledger.asMaster(
      "POST",
      "/api-keys",
      keyBody({ expires_at: "2001-02-03T04:05:06+01:00" }),
    );
    expect(past.status).toBe(201);
    expect((past.json as ApiKeyJson).expires_at).toBe("2001-02-03T03:05:06Z");
    // A null scope is Go's zero string.
    const nulls = await ledger.asMaster("POST", "/api-keys", keyBody({ scopes: [null, "ledgers:read"] }));
    expect((nulls.json as ApiKeyJson).scopes).toEqual(["", "ledgers:read"]);
  });

  it("answers decoding errors with Go's text under GEN_MALFORMED_REQUEST", async () => {
    const cases: [string, string][] = [
      ["", "EOF"],
      ["[]", "json: cannot unmarshal array into Go value of type model.CreateAPIKeyRequest"],
      [
        '{"name":5}',
        "json: cannot unmarshal number into Go struct field CreateAPIKeyRequest.name of type string",
      ],
      [
        '{"scopes":"ledgers:read"}',
        "json: cannot unmarshal string into Go struct field CreateAPIKeyRequest.scopes of type []string",
      ],
      [
        '{"scopes":[1]}',
        "json: cannot unmarshal number into Go struct field CreateAPIKeyRequest.scopes of type string",
      ],
      ['{"expires_at":1}', "Time.UnmarshalJSON: input is not a JSON string"],
      // Go stops at a bad time but only notes a type mismatch, so the time error wins.
      [
        '{"name":5,"expires_at":"2030-01-01"}',
        'parsing time "2030-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"',
      ],
    ];
    await expectMalformed((body) => ledger.asMaster("POST", "/api-keys", body), cases);
  });

  it("answers missing fields with the validator's `required` messages, in field order", async () => {
    const all = [required("Name"), required("Scopes"), required("Owner"), required("ExpiresAt")].join("\n");
    for (const body of ["{}", "null"]) {
      const response = await ledger.asMaster("POST", "/api-keys", body);
      expect(response.status).toBe(400);
      expect(response.json).toEqual(errorBody("GEN_MALFORMED_REQUEST", all));
    }
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "" }, required("Name")],
      [{ scopes: null }, required("Scopes")],
      [{ owner: "" }, required("Owner")],
      [{ expires_at: ZERO_TIME }, required("ExpiresAt")],
      [{ expires_at: null, owner: null }, `${required("Owner")}\n${required("ExpiresAt")}`],
    ];
    for (const [fields, message] of cases) {
      const response = await ledger.asMaster("POST", "/api-keys", keyBody(fields));
      expect(response.json, JSON.stringify(fields)).toEqual(errorBody("GEN_MALFORMED_REQUEST", message));
    }
  });
});

describe("GET and DELETE /api-keys with the master key", () => {
  it("lists one owner's keys newest first with the stored hash in `key`, and null for none", async () => {
    const owner = freshOwner();
    const first = await ledger.newApiKey(["ledgers:read"], { owner, name: "first" });
    const second = await ledger.newApiKey(["balances:read"], { owner, name: "second" });
    await ledger.newApiKey(["ledgers:read"], { owner: freshOwner() });
    const response = await ledger.asMaster("GET", `/api-keys?owner=${owner}`);
    expect(response.status).toBe(200);
    const listed = response.json as ApiKeyJson[];
    expect(listed.map((key) => key.api_key_id)).toEqual([second.api_key_id, first.api_key_id]);
    expect(Object.keys(listed[0] ?? {})).toEqual(FIELDS);
    expect(listed[0]?.key).toMatch(/^\$2a\$/);
    expect(bcrypt.compareSync(second.key, listed[0]?.key ?? "")).toBe(true);
    expect(listed[0]).toEqual({ ...second, key: listed[0]?.key });
    expect((await ledger.asMaster("GET", "/api-keys?owner=nobody")).text).toBe("null");
  });

  it("needs an owner: 400 APIKEY_OWNER_REQUIRED", async () => {
    for (const [method, route] of [
      ["GET", "/api-keys"],
      ["GET", "/api-keys?owner="],
      ["DELETE", "/api-keys/api_key_x"],
    ] as const) {
      const response = await ledger.asMaster(method, route);
      expect(response.status).toBe(400);
      expect(response.json).toEqual(errorBody("APIKEY_OWNER_REQUIRED", "owner is required"));
    }
  });

  it("revokes with 204 and no body, keeps the key listed as revoked, and 404s what the owner lacks", async () => {
    const owner = freshOwner();
    const created = await ledger.newApiKey(["ledgers:read"], { owner });
    const wrongOwner = await ledger.asMaster(
      "DELETE",
      `/api-keys/${created.api_key_id}?owner=${freshOwner()}`,
    );
    expect(wrongOwner.status).toBe(404);
    expect(wrongOwner.json).toEqual(errorBody("APIKEY_NOT_FOUND", "API key not found"));
    const unknown = await ledger.asMaster("DELETE", `/api-keys/api_key_nonexistent?owner=${owner}`);
    expect(unknown.json).toEqual(errorBody("APIKEY_NOT_FOUND", "API key not found"));

    const revoked = await ledger.asMaster("DELETE", `/api-keys/${created.api_key_id}?owner=${owner}`);
    expect(revoked.status).toBe(204);
    expect(revoked.text).toBe("");
    expect(revoked.headers.get("content-type")).toBeNull();
    const [listed] = (await ledger.asMaster("GET", `/api-keys?owner=${owner}`)).json as ApiKeyJson[];
    expect(Object.keys(listed ?? {})).toEqual([...FIELDS, "revoked_at"]);
    expect(listed).toMatchObject({ is_revoked: true });
    // Revoking again succeeds, as in Core.
    expect((await ledger.asMaster("DELETE", `/api-keys/${created.api_key_id}?owner=${owner}`)).status).toBe(
      204,
    );
  });
});

describe("/api-keys with an API key", () => {
  let manager: ApiKeyJson;
  const asManager = (method: string, route: string, body?: string) =>
    ledger.asKey(manager.key)(method, route, body);
  beforeAll(async () => {
    manager = await ledger.newApiKey(["api-keys:*", "ledgers:*", "balances:read"], { owner: "owner_m" });
  });

  it("needs api-keys scopes like any resource", async () => {
    const reader = await ledger.newApiKey(["ledgers:read"]);
    const response = await ledger.asKey(reader.key)("GET", "/api-keys");
    expect(response.status).toBe(403);
    const message = "Insufficient permissions for api-keys:read";
    expect(response.json).toEqual(errorBody("AUTH_INSUFFICIENT_PERMISSIONS", message));
  });

  it("lists its own owner's keys, with its own use recorded", async () => {
    const sibling = await ledger.newApiKey(["ledgers:read"], { owner: "owner_m" });
    const response = await asManager("GET", "/api-keys");
    expect(response.status).toBe(200);
    const listed = response.json as ApiKeyJson[];
    expect(listed.map((key) => key.api_key_id)).toEqual([sibling.api_key_id, manager.api_key_id]);
    expect(listed[1]?.last_used_at).not.toBe(ZERO_TIME);
    expect(Date.parse(listed[1]?.last_used_at ?? "")).toBeGreaterThan(Date.now() - 60_000);
    expect((await asManager("GET", "/api-keys?owner=owner_m")).status).toBe(200);
  });

  it("may not reach another owner: 403 AUTH_CROSS_OWNER_ACCESS", async () => {
    const message = "cannot manage API keys for another owner";
    for (const [method, route, body] of [
      ["GET", "/api-keys?owner=owner_a", undefined],
      ["DELETE", "/api-keys/api_key_x?owner=owner_a", undefined],
      ["POST", "/api-keys", keyBody({ owner: "owner_a" })],
    ] as const) {
      const response = await asManager(method, route, body);
      expect(response.status).toBe(403);
      expect(response.json).toEqual(errorBody("AUTH_CROSS_OWNER_ACCESS", message));
    }
  });

  it("grants only scopes it holds (CanGrantScopes)", async () => {
    for (const scopes of [["ledgers:read"], ["ledgers:delete", "api-keys:write"], ["balances:read"], []]) {
      const response = await asManager("POST", "/api-keys", keyBody({ owner: "owner_m", scopes }));
      expect(response.status, scopes.join()).toBe(201);
      expect(response.json).toMatchObject({ owner_id: "owner_m", scopes });
    }
    const message = "cannot grant scopes broader than caller";
    for (const scopes of [
      ["balances:write"],
      ["*:*"],
      ["*:read"],
      ["ledgers"],
      ["not-a-scope"],
      ["hooks:read"],
    ]) {
      const response = await asManager("POST", "/api-keys", keyBody({ owner: "owner_m", scopes }));
      expect(response.status, scopes.join()).toBe(403);
      expect(response.json).toEqual(errorBody("AUTH_SCOPE_ESCALATION", message));
    }
  });

  it("revokes only its owner's keys, itself included", async () => {
    const other = await ledger.newApiKey(["ledgers:read"], { owner: "owner_other" });
    const foreign = await asManager("DELETE", `/api-keys/${other.api_key_id}`);
    expect(foreign.json).toEqual(errorBody("APIKEY_NOT_FOUND", "API key not found"));
    const self = await ledger.newApiKey(["api-keys:delete"], { owner: "owner_m" });
    expect((await ledger.asKey(self.key)("DELETE", `/api-keys/${self.api_key_id}`)).status).toBe(204);
    const after = await ledger.asKey(self.key)("DELETE", `/api-keys/${self.api_key_id}`);
    expect(after.status).toBe(401);
    expect(after.json).toEqual(errorBody("AUTH_EXPIRED_API_KEY", "API key is expired or revoked"));
  });
});

describe("/api-keys with secure mode off", () => {
  let open: TestLedger;
  beforeAll(async () => {
    open = await startTestLedger();
  }, 60_000);
  afterAll(() => open.destroy());

  it("knows no caller: 401 AUTH_MISSING_PRINCIPAL, after the body is decoded", async () => {
    const missing = errorBody("AUTH_MISSING_PRINCIPAL", "authenticated API key principal missing");
    for (const [method, route, body] of [
      ["POST", "/api-keys", keyBody({})],
      ["GET", "/api-keys?owner=owner_a", undefined],
      ["DELETE", "/api-keys/api_key_x?owner=owner_a", undefined],
    ] as const) {
      const response = await open.call(method, route, body, { "X-Blnk-Key": "ignored" });
      expect(response.status).toBe(401);
      expect(response.json).toEqual(missing);
    }
    const empty = await open.call("POST", "/api-keys", "");
    expect(empty.json).toEqual(errorBody("GEN_MALFORMED_REQUEST", "EOF"));
  });
});

describe("the test helpers", () => {
  it("make keys for TEST_KEY_OWNER through the API", async () => {
    const { apiKey, call } = await ledger.keyCaller(["ledgers:read"]);
    expect(apiKey.owner_id).toBe(TEST_KEY_OWNER);
    expect((await call("GET", "/ledgers")).status).toBe(200);
  });
});
