import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { BlnkConfig } from "./config";
import { BlnkError } from "./errors";
import { forgetListRoutes } from "./list";

// Test-only: a real HTTP server on 127.0.0.1 that answers like Blnk Core, so tests exercise fetch, headers,
// timeouts and lossless parsing end to end. Unknown routes answer like gin: plain-text "404 page not found".

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** The raw request body text, to assert on exactly what went over the wire. */
  body: string;
}

export interface StubResponse {
  status?: number;
  /** Raw body text (write JSON fixtures as text so big numbers stay bare). */
  body?: string;
  contentType?: string;
  /** Extra response headers (Retry-After…). */
  headers?: Record<string, string>;
}

/** "hang" never answers: for timeout tests. */
export type StubHandler = (request: RecordedRequest) => StubResponse | "hang";

export interface TestServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Route key "METHOD /path" (no query string). */
  on(route: string, response: StubResponse | StubHandler): void;
  reset(): void;
  config(overrides?: Partial<BlnkConfig>): BlnkConfig;
  close(): Promise<void>;
}

export function json(status: number, body: string): StubResponse {
  return { status, body, contentType: "application/json; charset=utf-8" };
}

/** Core's error answer: `message` under `key` ("errors" on the routes that answer so) and in error_detail. */
export function coreError(status: number, code: string, message: string, key = "error"): StubResponse {
  return json(status, `{"${key}":"${message}","error_detail":{"code":"${code}","message":"${message}"}}`);
}

/** A filter endpoint's page as Core answers it: these rows (JSON texts), and the count when asked for. */
export function filterPage(rows: string[], totalCount?: number): StubResponse {
  const count = totalCount === undefined ? "" : `,"total_count":${totalCount}`;
  return json(200, `{"data":[${rows.join(",")}]${count}}`);
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, StubHandler>();
  const requests: RecordedRequest[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const handler = routes.get(`${recorded.method} ${recorded.path}`);
      const reply = handler
        ? handler(recorded)
        : { status: 404, body: "404 page not found", contentType: "text/plain" };
      if (reply === "hang") return;
      res.writeHead(reply.status ?? 200, {
        "Content-Type": reply.contentType ?? "application/json",
        ...reply.headers,
      });
      res.end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    requests,
    on(route, response) {
      routes.set(route, typeof response === "function" ? response : () => response);
    },
    reset() {
      // What lib/blnk learned about the server's list routes belongs to the previous test's answers.
      forgetListRoutes();
      routes.clear();
      requests.length = 0;
    },
    config(overrides = {}) {
      return { baseUrl, apiKey: undefined, timeoutMs: 5_000, isEmbedded: false, ...overrides };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port that refuses connections: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * One stub Blnk for a test file: started before its tests, reset before each, closed after. With `env`, each
 * test also runs with `BLNK_URL` pointing at it (and those extra variables), restored afterwards. The server
 * is reached through the returned object, valid from the first test on.
 */
export function testServerForFile(options: { env?: Record<string, string> } = {}) {
  let current: TestServer | undefined;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    current = await startTestServer();
  });
  afterAll(async () => {
    if (options.env) process.env = savedEnv;
    await current?.close();
  });
  beforeEach(() => {
    current?.reset();
    if (options.env && current) process.env = { ...savedEnv, BLNK_URL: current.baseUrl, ...options.env };
  });
  const server = new Proxy({} as TestServer, {
    get(_target, key) {
      if (!current) throw new Error("the stub Blnk is not started yet (use it inside a test)");
      const value = current[key as keyof TestServer];
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
  return { server, call: () => ({ config: server.config() }) };
}

/** The BlnkError a call fails with; throws when it succeeds or fails with anything else. */
export async function blnkFailure(promise: Promise<unknown>): Promise<BlnkError> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(caught instanceof BlnkError)) throw new Error(`expected a BlnkError, got ${String(caught)}`);
  return caught;
}
