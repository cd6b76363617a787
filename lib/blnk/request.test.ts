import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { getBalance } from "./balances";
import { BlnkError, NETWORK_DROPPED, UNREADABLE_RESPONSE } from "./errors";
import { getServerHealth } from "./health";
import { getLedger } from "./ledgers";
import { blnkRequest, buildUrl } from "./request";
import { BALANCE_ID, balanceByIdJson, LEDGER_ID, ledgerJson } from "./test-fixtures";
import { closedPort, json, startTestServer, type TestServer } from "./test-server";

const SECRET = "sk_test_super_secret_123";
let server: TestServer;
let hangingServer: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  hangingServer = await startTestServer();
  hangingServer.on("GET /health", () => "hang");
});
afterAll(async () => {
  await server.close();
  await hangingServer.close();
});
beforeEach(() => server.reset());

async function failure(promise: Promise<unknown>): Promise<BlnkError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BlnkError)) throw new Error(`expected a BlnkError, got ${String(error)}`);
  return error;
}

describe("request headers", () => {
  it("sends X-Blnk-Key when configured, with JSON Accept", async () => {
    server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson));
    await getLedger(LEDGER_ID, { config: server.config({ apiKey: SECRET }) });
    const [request] = server.requests;
    expect(request?.headers["x-blnk-key"]).toBe(SECRET);
    expect(request?.headers.accept).toBe("application/json");
  });

  it("omits X-Blnk-Key when no key is configured", async () => {
    server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson));
    await getLedger(LEDGER_ID, { config: server.config() });
    expect(server.requests[0]?.headers).not.toHaveProperty("x-blnk-key");
  });

  it("sends JSON bodies with a JSON content type", async () => {
    server.on("POST /echo", json(200, "{}"));
    await blnkRequest("POST", "/echo", { body: { n: 1n }, schema: z.object({}), config: server.config() });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(server.requests[0]?.body).toBe('{"n":1}');
  });

  it("repeats array query params and skips undefined ones", () => {
    expect(buildUrl("http://x", "/b", { include: ["identity", "ledger"], skip: undefined, n: 2n })).toBe(
      "http://x/b?include=identity&include=ledger&n=2",
    );
    expect(
      buildUrl("http://x", "/b", [
        ["a_eq", "1"],
        ["a_eq", "2"],
      ]),
    ).toBe("http://x/b?a_eq=1&a_eq=2");
  });
});

describe("network failures", () => {
  it("turns a server that never answers into a quick timeout", async () => {
    const started = Date.now();
    const error = await failure(getServerHealth({ config: hangingServer.config({ timeoutMs: 200 }) }));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ kind: "timeout", status: 0, code: "NETWORK_TIMEOUT" });
    expect(error.userMessage).toBe(
      "Blnk did not answer within 0.2 s. Try again; if it keeps happening, check the server or raise BLNK_TIMEOUT_MS.",
    );
  });

  it("turns a refused connection into unreachable, naming the URL", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}`;
    const error = await failure(getLedger("ldg_x", { config: { ...server.config(), baseUrl } }));
    expect(error).toMatchObject({ kind: "unreachable", status: 0, code: "NETWORK_UNREACHABLE" });
    expect(error.details).toEqual({ networkCode: "ECONNREFUSED" });
    expect(error.userMessage).toBe(
      `Cannot reach Blnk at ${baseUrl}. Check that it is running and BLNK_URL is correct.`,
    );
  });

  it("re-throws a caller abort as-is", async () => {
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    const pending = getServerHealth({ config: hangingServer.config(), signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

describe("replies that break off", () => {
  /** A raw server for what the stub server cannot do: hang up mid-reply. */
  async function withRawServer(
    onRequest: (req: http.IncomingMessage, res: http.ServerResponse) => void,
    run: (baseUrl: string) => Promise<void>,
  ) {
    const raw = http.createServer(onRequest);
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    try {
      await run(`http://127.0.0.1:${(raw.address() as AddressInfo).port}`);
    } finally {
      raw.closeAllConnections();
      await new Promise((resolve) => raw.close(resolve));
    }
  }

  it("a body cut short of its Content-Length is unreadable, not unreachable", async () => {
    await withRawServer(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": ledgerJson.length });
        res.write(ledgerJson.slice(0, 20), () => res.socket?.destroy());
      },
      async (baseUrl) => {
        const error = await failure(getLedger(LEDGER_ID, { config: { ...server.config(), baseUrl } }));
        expect(error).toMatchObject({ kind: "bad_response", code: UNREADABLE_RESPONSE, status: 200 });
        expect(error.userMessage).toMatch(/^Blnk sent a reply Ledger Desk could not read: it was cut off/);
      },
    );
  });

  it("a connection reset before any answer is a dropped connection", async () => {
    await withRawServer(
      (req) => req.socket.resetAndDestroy(),
      async (baseUrl) => {
        const error = await failure(getLedger(LEDGER_ID, { config: { ...server.config(), baseUrl } }));
        expect(error).toMatchObject({ kind: "unreachable", code: NETWORK_DROPPED, status: 0 });
        expect(error.userMessage).toBe(
          `The connection to Blnk at ${baseUrl} was closed before it answered. Try again; if it keeps happening, check Blnk and any proxy in front of it.`,
        );
      },
    );
  });

  it("a read whose connection drops once (a stale pooled connection) is sent again and succeeds", async () => {
    let requests = 0;
    await withRawServer(
      (req, res) => {
        requests++;
        if (requests === 1) return req.socket.resetAndDestroy();
        res.writeHead(200, { "content-type": "application/json" }).end(ledgerJson);
      },
      async (baseUrl) => {
        const ledger = await getLedger(LEDGER_ID, { config: { ...server.config(), baseUrl } });
        expect(ledger.id).toBe(LEDGER_ID);
        expect(requests).toBe(2);
      },
    );
  });

  it("a write whose connection drops is not sent again", async () => {
    let requests = 0;
    await withRawServer(
      (req) => {
        requests++;
        req.socket.resetAndDestroy();
      },
      async (baseUrl) => {
        const write = blnkRequest("POST", "/balances", {
          config: { ...server.config(), baseUrl },
          body: { ledger_id: LEDGER_ID, currency: "USD" },
          schema: z.unknown(),
        });
        expect(await failure(write)).toMatchObject({ code: NETWORK_DROPPED });
        expect(requests).toBe(1);
      },
    );
  });

  it("JSON that breaks off inside a complete reply is unreadable", async () => {
    server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson.slice(0, ledgerJson.length / 2)));
    const error = await failure(getLedger(LEDGER_ID, { config: server.config() }));
    expect(error).toMatchObject({ kind: "bad_response", code: UNREADABLE_RESPONSE, status: 200 });
    expect(error.message).toContain("not valid JSON");
  });

  it("a 500 whose body breaks off is still a Blnk failure, readable", async () => {
    server.on(`GET /ledgers/${LEDGER_ID}`, json(500, '{"error":"INTERNAL_SERVER_ERROR: fail'));
    const error = await failure(getLedger(LEDGER_ID, { config: server.config() }));
    expect(error).toMatchObject({ kind: "server", status: 500 });
    expect(error.userMessage).toMatch(/internal error \(HTTP 500\)/);
  });
});

describe("unexpected 2xx bodies", () => {
  it("reports a non-JSON body as bad_response", async () => {
    server.on(`GET /ledgers/${LEDGER_ID}`, { status: 200, body: "<html>proxy login</html>" });
    const error = await failure(getLedger(LEDGER_ID, { config: server.config() }));
    expect(error).toMatchObject({ kind: "bad_response", code: "BAD_RESPONSE", status: 200 });
    expect(error.userMessage).toMatch(/^Blnk sent an unexpected response/);
  });

  it("keeps the failing path in details but not the body", async () => {
    const body = balanceByIdJson.replace(
      '"credit_balance":123456789012345678901234567890',
      '"credit_balance":1.5',
    );
    server.on(`GET /balances/${BALANCE_ID}`, json(200, body));
    const error = await failure(getBalance(BALANCE_ID, {}, { config: server.config() }));
    expect(error.kind).toBe("bad_response");
    expect(error.message).toContain("credit_balance");
    expect(error.details).toEqual({
      issues: [{ path: "credit_balance", message: "expected an integer amount" }],
    });
    expect(JSON.stringify(error)).not.toContain("acme");
  });

  it("does not follow redirects (the key must not travel elsewhere)", async () => {
    server.on("GET /health", { status: 301, body: "" });
    const error = await failure(getServerHealth({ config: server.config({ apiKey: SECRET }) }));
    expect(error).toMatchObject({ kind: "bad_response", status: 301 });
  });
});

describe("getServerHealth", () => {
  it("reads UP", async () => {
    server.on("GET /health", json(200, '{"status":"UP"}'));
    expect(await getServerHealth({ config: server.config() })).toEqual({
      isUp: true,
      status: "UP",
      reason: null,
    });
  });

  it("answers a 503 DOWN body instead of throwing", async () => {
    server.on("GET /health", json(503, '{"status":"DOWN","reason":"database unreachable"}'));
    expect(await getServerHealth({ config: server.config() })).toEqual({
      isUp: false,
      status: "DOWN",
      reason: "database unreachable",
    });
  });
});
