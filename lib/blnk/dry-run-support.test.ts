import { beforeEach, describe, expect, it } from "vitest";
import { forgetDryRunSupport, supportsDryRun } from "./dry-run-support";
import { closedPort, json, startTestServer, testServerForFile } from "./test-server";

// supportsDryRun asks a Blnk server once whether it answers `dry_run`, with a request that writes nothing on
// any version, and remembers a definite answer (yes, or an old Core) but not a failure to ask.

const { server } = testServerForFile({ env: { BLNK_API_KEY: "dry-run-probe-key", BLNK_TIMEOUT_MS: "2000" } });
const PROBE = "POST /transactions/inflight/bulk/void";
const NO_HOLD = "txn_00000000-0000-4000-8000-000000000000";
const MINUTE = 60_000;

/** Core after 0.15.2 (api/transactions.go respondBulkInflightPreview) for a hold that does not exist. */
const bulkPreviewJson = `{"dry_run":true,"would_apply":false,"cumulative":false,"atomic":false,"results":[
{"dry_run":true,"would_apply":false,"rejection":{"code":"TXN_NOT_FOUND","reason":"",
"message":"transaction with ID '${NO_HOLD}' not found"},"operation":"void","currency":"","amount":0,
"precise_amount":"","precision":0,"balances":null}],
"notes":["items are dispatched across a worker pool, so each is projected independently against current balances and real execution order is not guaranteed"]}`;
/** Core 0.14.2–0.15.2: no dry runs, so the void is carried out, and fails for a hold that does not exist. */
const bulkEnvelopeJson = `{"succeeded":0,"failed":1,"results":[{"transaction_id":"${NO_HOLD}","status":"failed",
"code":"TXN_NOT_FOUND","message":"transaction not found"}]}`;

const probes = () => server.requests.filter((r) => `${r.method} ${r.path}` === PROBE).length;

beforeEach(() => {
  forgetDryRunSupport();
});

describe("supportsDryRun", () => {
  it("asks with a bulk void of a hold that cannot exist, queue skipped, as a dry run, with the key", async () => {
    server.on(PROBE, json(200, bulkPreviewJson));

    expect(await supportsDryRun()).toBe(true);

    expect(server.requests).toHaveLength(1);
    const [probe] = server.requests;
    expect(`${probe?.method} ${probe?.path}`).toBe(PROBE);
    expect(probe?.body).toBe(`{"transaction_ids":["${NO_HOLD}"],"skip_queue":true,"dry_run":true}`);
    expect(probe?.headers["x-blnk-key"]).toBe("dry-run-probe-key");
  });

  it("remembers a Core with dry runs for ten minutes, then asks again", async () => {
    server.on(PROBE, json(200, bulkPreviewJson));
    const start = Date.now();

    expect(await supportsDryRun(server.config(), start)).toBe(true);
    expect(await supportsDryRun(server.config(), start + 9 * MINUTE)).toBe(true);
    expect(probes()).toBe(1);

    server.on(PROBE, json(200, bulkEnvelopeJson)); // downgraded meanwhile
    expect(await supportsDryRun(server.config(), start + 10 * MINUTE + 1)).toBe(false);
    expect(probes()).toBe(2);
  });

  it("reads 0.14.2–0.15.2's bulk envelope as no dry runs, and remembers it", async () => {
    server.on(PROBE, json(200, bulkEnvelopeJson));

    expect(await supportsDryRun()).toBe(false);
    expect(await supportsDryRun()).toBe(false);
    expect(probes()).toBe(1);
  });

  it("reads gin's plain-text 404 (0.13.x has no bulk routes) as an old Core, and remembers it", async () => {
    // No route configured: the stub answers like gin, "404 page not found" as text/plain.
    expect(await supportsDryRun()).toBe(false);
    expect(await supportsDryRun()).toBe(false);
    expect(server.requests).toHaveLength(1);
    expect(server.requests.every((r) => r.path === "/transactions/inflight/bulk/void")).toBe(true);
  });

  it.each([
    ["a key without the scope", 403, `{"error":"Insufficient permissions for transactions:write"}`],
    ["a rejected key", 401, `{"error":"Invalid API key"}`],
    ["an internal error", 500, `{"error":"internal"}`],
    ["a gateway that gave up", 502, "<html>Bad Gateway</html>"],
    [
      "a handler's 404 with Blnk's envelope",
      404,
      `{"error":"not found","error_detail":{"code":"GEN_NOT_FOUND"}}`,
    ],
    ["a 200 that is not JSON (a proxy's page)", 200, "<html>Sign in</html>"],
  ])("answers no for %s without remembering it, so the next preview asks again", async (_, status, body) => {
    server.on(PROBE, { status, body, contentType: body.startsWith("<") ? "text/html" : "application/json" });

    expect(await supportsDryRun()).toBe(false);
    server.on(PROBE, json(200, bulkPreviewJson));
    expect(await supportsDryRun()).toBe(true);
    expect(probes()).toBe(2);
  });

  it("answers no, unremembered, when Blnk cannot be reached or does not answer in time", async () => {
    const port = await closedPort();
    const down = server.config({ baseUrl: `http://127.0.0.1:${port}` });
    expect(await supportsDryRun(down)).toBe(false);

    server.on(PROBE, () => "hang");
    expect(await supportsDryRun(server.config({ timeoutMs: 150 }))).toBe(false);
    server.on(PROBE, json(200, bulkPreviewJson));
    expect(await supportsDryRun(server.config({ timeoutMs: 150 }))).toBe(true);
  });

  it("remembers each server on its own", async () => {
    const old = await startTestServer();
    try {
      server.on(PROBE, json(200, bulkPreviewJson));
      expect(await supportsDryRun(server.config())).toBe(true);
      expect(await supportsDryRun(old.config())).toBe(false);
      expect(await supportsDryRun(server.config())).toBe(true);
      expect(await supportsDryRun(old.config())).toBe(false);
      expect(probes()).toBe(1);
      expect(old.requests).toHaveLength(1);
    } finally {
      await old.close();
    }
  });

  it("forgets everything on forgetDryRunSupport", async () => {
    server.on(PROBE, json(200, bulkEnvelopeJson));
    expect(await supportsDryRun()).toBe(false);
    forgetDryRunSupport();
    server.on(PROBE, json(200, bulkPreviewJson));
    expect(await supportsDryRun()).toBe(true);
  });

  it("never sends anything but the probe", async () => {
    server.on(PROBE, json(200, bulkEnvelopeJson));
    await supportsDryRun();
    await supportsDryRun();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([PROBE]);
  });
});
