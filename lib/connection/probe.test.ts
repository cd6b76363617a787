import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlnkConfig } from "@/lib/blnk";
import { closedPort, json, startTestServer } from "@/lib/blnk/test-server";
import { type LedgerProcess, startLedgerProcess } from "@/lib/test-support/ledger-process";
import { describeCapability, probeConnection } from "./probe";

// The Connection page's probe against the real embedded ledger in secure mode, with Core's scoped keys.
const MASTER = "connection-probe-test-master-5c1e";
let ledger: LedgerProcess;
beforeAll(async () => {
  ledger = await startLedgerProcess(MASTER);
}, 60_000);
afterAll(() => ledger.stop());

const config = (apiKey: string): BlnkConfig => ({
  baseUrl: ledger.url,
  apiKey,
  timeoutMs: 5_000,
  isEmbedded: false,
});
const READ = ["ledgers:read", "balances:read", "identities:read", "transactions:read"];

async function report(apiKey: string) {
  const result = await probeConnection(config(apiKey));
  return { ...result, lines: result.capabilities.map(describeCapability) };
}

describe("probeConnection", () => {
  it("a read-only key: reading yes, searching and creating no, each naming the scope", async () => {
    const { key } = await ledger.newApiKey(READ);
    const result = await report(key);
    expect(result.reachable).toBe(true);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.profile).toMatch(/^Core 0\.15 or later/);
    expect(result.lines).toEqual([
      "Reading: yes.",
      "Searching with totals and any order: no, needs ledgers:write, balances:write, identities:write, transactions:write.",
      "Creating balances: no, needs balances:write.",
    ]);
  }, 30_000);

  it("with balances:write added, creating balances is possible; nothing was created by asking", async () => {
    const { key } = await ledger.newApiKey([...READ, "balances:write"]);
    const before = await ledger.call("POST", "/balances/filter", { include_count: true, limit: 1 });
    const result = await report(key);
    expect(result.lines[2]).toBe("Creating balances: yes.");
    expect(result.lines[1]).toBe(
      "Searching with totals and any order: no, needs ledgers:write, identities:write, transactions:write.",
    );
    expect(await ledger.call("POST", "/balances/filter", { include_count: true, limit: 1 })).toEqual(before);
  }, 30_000);

  it("the master key may do everything", async () => {
    expect((await report(MASTER)).lines).toEqual([
      "Reading: yes.",
      "Searching with totals and any order: yes.",
      "Creating balances: yes.",
    ]);
  }, 30_000);

  it("a key with a malformed scope list is refused by name, with no crash", async () => {
    // Core stores any text as a scope; none of these grants anything (api/middleware/scope.go).
    const { key } = await ledger.newApiKey(["balances", "bal*:read", "ledgers:READ", "a:b:c", ""]);
    const result = await report(key);
    expect(result.reachable).toBe(true);
    expect(result.lines).toEqual([
      "Reading: no, needs ledgers:read, balances:read, identities:read, transactions:read.",
      "Searching with totals and any order: no, needs ledgers:write, balances:write, identities:write, transactions:write.",
      "Creating balances: no, needs balances:write.",
    ]);
    const { filterBalances } = await import("@/lib/blnk");
    const refused = await filterBalances({ limit: 1, offset: 0 }, { config: config(key) }).catch((e) => e);
    expect(refused.userMessage).toBe("Your Blnk API key lacks balances:read.");
  }, 30_000);

  it("a key Core does not know is refused everywhere, and says so", async () => {
    const result = await report("not-a-real-key-0123456789abcdef0123456789ab");
    expect(result.capabilities.every((capability) => capability.allowed === false)).toBe(true);
    expect(result.lines[0]).toMatch(/^Reading: no, Blnk rejected the API key/);
  }, 30_000);
});

describe("probeConnection against a server that is not a healthy Core", () => {
  it("an unreachable Blnk is unreachable, with the reason", async () => {
    const port = await closedPort();
    const result = await probeConnection({
      baseUrl: `http://127.0.0.1:${port}`,
      apiKey: "",
      timeoutMs: 2_000,
      isEmbedded: false,
    });
    expect(result).toMatchObject({ reachable: false, latencyMs: null, capabilities: [] });
    expect(result.reason).toMatch(/^Cannot reach Blnk at http:\/\/127\.0\.0\.1:\d+/);
  });

  it("a server that answers HTML or a 200 that is not JSON: a clear line each, no crash", async () => {
    const server = await startTestServer();
    try {
      server.on("GET /health", { status: 200, body: "<html>login</html>", contentType: "text/html" });
      server.on("GET /ledgers", json(200, "{not json"));
      const result = await probeConnection(server.config({ apiKey: "" }));
      expect(result.reachable).toBe(true);
      const reading = describeCapability(result.capabilities[0] ?? { label: "", allowed: null, needs: [] });
      expect(reading).toMatch(/^Reading: could not be told \(/);
    } finally {
      await server.close();
    }
  });
});

describe("the start-up check", () => {
  it("prints one line per problem: none for the master key, two for a read-only key", async () => {
    const { connectionProblems } = await import("./startup");
    expect(connectionProblems(await probeConnection(config(MASTER)))).toEqual([]);
    const { key } = await ledger.newApiKey(READ);
    expect(connectionProblems(await probeConnection(config(key)))).toEqual([
      "Searching with totals and any order: no, needs ledgers:write, balances:write, identities:write, transactions:write.",
      "Creating balances: no, needs balances:write.",
    ]);
  }, 30_000);
});

describe("the Core release the answers match", () => {
  const missingLedger = (status: number, body: string) => json(status, body);
  const ENVELOPE_404 =
    '{"error":"Ledger with ID \'x\' not found","error_detail":{"code":"LGR_NOT_FOUND","message":"Ledger with ID \'x\' not found","details":{}}}';
  const child = (parent: string) =>
    `[{"transaction_id":"txn_c","parent_transaction":"${parent}","precise_amount":36893488147419103233,"status":"APPLIED"}]`;

  async function profileWith(ledgerAnswer: ReturnType<typeof json>, transactions?: string) {
    const server = await startTestServer();
    try {
      server.on("GET /health", json(200, '{"status":"UP"}'));
      server.on("GET /ledgers/ldg_00000000-0000-4000-8000-000000000000", ledgerAnswer);
      if (transactions !== undefined) server.on("GET /transactions", json(200, transactions));
      const result = await probeConnection(server.config({ apiKey: "" }));
      const listed = server.requests.find((request) => request.path === "/transactions");
      return { profile: result.profile, listQuery: listed ? String(listed.query) : null };
    } finally {
      await server.close();
    }
  }

  it("0.13.2–0.14.x: a missing record is a 400 'NOT_FOUND: …'", async () => {
    const { profile } = await profileWith(
      missingLedger(400, '{"error":"NOT_FOUND: Ledger with ID \'x\' not found"}'),
    );
    expect(profile).toMatch(/^Core 0\.13\.2–0\.14\.x \(legacy errors; include=identity fails/);
  });

  it("0.15.0: structured errors, but list rows name no parent", async () => {
    const { profile, listQuery } = await profileWith(missingLedger(404, ENVELOPE_404), child(""));
    expect(profile).toMatch(/^Core 0\.15\.0 /);
    // Read through the GET list a read scope allows, never /filter (a write to Core).
    expect(listQuery).toBe("limit=1&parent_transaction_like=txn_%25");
  });

  it("0.15.1 on: list rows name their parent; no such row, then just 0.15 or later", async () => {
    expect((await profileWith(missingLedger(404, ENVELOPE_404), child("txn_p"))).profile).toMatch(
      /^Core 0\.15\.1 or later/,
    );
    expect((await profileWith(missingLedger(404, ENVELOPE_404), "[]")).profile).toMatch(
      /^Core 0\.15 or later/,
    );
    expect((await profileWith(missingLedger(404, ENVELOPE_404), "null")).profile).toMatch(
      /^Core 0\.15 or later/,
    );
  });
});
