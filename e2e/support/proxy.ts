import http from "node:http";
import { E2E } from "./env";

/**
 * What the proxy does to each request that reaches it; a request keeps the fault it arrived under.
 *   pass       forwards to the embedded ledger unchanged
 *   delay      holds the request `ms` (default: just over the dashboard's 5 s BLNK_TIMEOUT_MS), then forwards it;
 *              with `only` ("POST /balances") other requests pass at once; with `deliverAfterAbort` it is
 *              forwarded even when the dashboard gave up waiting (Core carries out a request it received)
 *   reset      resets the connection as soon as the request arrives (ECONNRESET)
 *   status500  answers 500 with a Core-like JSON error body, or a plain-text one (`body: "text"`)
 *   truncate   forwards the status and headers claiming the full Content-Length, sends half the body, hangs up
 *   malformed  forwards the status with half the body and a Content-Length that matches it: broken JSON
 */
export type Fault =
  | { mode: "pass" }
  | { mode: "delay"; ms?: number; only?: string; deliverAfterAbort?: boolean }
  | { mode: "reset" }
  | { mode: "status500"; body?: "json" | "text" }
  | { mode: "truncate" }
  | { mode: "malformed" };

export interface LedgerProxy {
  /** From now on, `fault`; with `after`, only once that many more requests have passed unchanged. */
  setFault(fault: Fault | Fault["mode"], options?: { after?: number }): void;
  /** Every request that reached the proxy since it started (or since the last clear), as "METHOD /path". */
  requests: string[];
  close(): Promise<void>;
}

const DEFAULT_DELAY_MS = 5_500;
// Headers that describe one hop's connection, not the message: never forwarded.
const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade"];

/**
 * An HTTP proxy to the embedded ledger on the port the "recovering" dashboard uses as its Blnk. The test
 * switches Blnk off and on by closing and starting it, and injects faults with `setFault` in between.
 */
export function startLedgerProxy(initial: Fault | Fault["mode"] = "pass"): Promise<LedgerProxy> {
  let fault = toFault(initial);
  let passFirst = 0;
  const timers = new Set<NodeJS.Timeout>();
  const agent = new http.Agent({ keepAlive: true });

  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${(req.url ?? "").split("?")[0]}`);
    const passing = passFirst > 0;
    if (passing) passFirst -= 1;
    const current = !passing && appliesTo(fault, req) ? fault : ({ mode: "pass" } as const);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      switch (current.mode) {
        case "reset":
          req.socket.resetAndDestroy();
          return;
        case "status500":
          answer500(res, current.body ?? "json");
          return;
        case "delay": {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!req.socket.destroyed || current.deliverAfterAbort) forward(req, body, res, current, agent);
          }, current.ms ?? DEFAULT_DELAY_MS);
          timers.add(timer);
          return;
        }
        default:
          forward(req, body, res, current, agent);
      }
    });
  });

  let closed = false;
  const close = () =>
    new Promise<void>((resolve) => {
      if (closed) return resolve();
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      agent.destroy();
      server.close(() => resolve());
    });
  const setFault = (next: Fault | Fault["mode"], options: { after?: number } = {}) => {
    fault = toFault(next);
    passFirst = options.after ?? 0;
  };
  return new Promise((resolve) =>
    server.listen(E2E.proxyPort, "127.0.0.1", () => resolve({ setFault, close, requests })),
  );
}

function appliesTo(fault: Fault, req: http.IncomingMessage): boolean {
  if (fault.mode !== "delay" || !fault.only) return true;
  return `${req.method} ${(req.url ?? "").split("?")[0]}` === fault.only;
}

function toFault(fault: Fault | Fault["mode"]): Fault {
  return typeof fault === "string" ? ({ mode: fault } as Fault) : fault;
}

function answer500(res: http.ServerResponse, kind: "json" | "text") {
  const body =
    kind === "json"
      ? JSON.stringify({
          error: "INTERNAL_SERVER_ERROR: failed to query the database",
          error_detail: { code: "INTERNAL_SERVER_ERROR", message: "failed to query the database" },
        })
      : "Internal Server Error";
  res.writeHead(500, {
    "content-type": kind === "json" ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

function forward(
  req: http.IncomingMessage,
  body: Buffer,
  res: http.ServerResponse,
  fault: Fault,
  agent: http.Agent,
) {
  const headers = withoutHopByHop(req.headers);
  if (body.length > 0) headers["content-length"] = body.length;
  const upstream = http.request(
    { host: "127.0.0.1", port: E2E.ledgerPort, method: req.method, path: req.url, headers, agent },
    (reply) => {
      const chunks: Buffer[] = [];
      reply.on("data", (chunk: Buffer) => chunks.push(chunk));
      reply.on("error", () => res.destroy());
      reply.on("end", () => {
        const full = Buffer.concat(chunks);
        const half = full.subarray(0, Math.floor(full.length / 2));
        const replyHeaders = withoutHopByHop(reply.headers);
        const status = reply.statusCode ?? 502;
        if (fault.mode === "truncate") {
          res.writeHead(status, { ...replyHeaders, "content-length": full.length });
          // Half the promised bytes, then the connection goes: the client sees the body end early.
          res.write(half, () => res.socket?.destroy());
        } else if (fault.mode === "malformed") {
          res.writeHead(status, { ...replyHeaders, "content-length": half.length });
          res.end(half);
        } else {
          res.writeHead(status, { ...replyHeaders, "content-length": full.length });
          res.end(full);
        }
      });
    },
  );
  upstream.on("error", () => res.destroy());
  upstream.end(body);
}

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = { ...headers };
  for (const name of HOP_BY_HOP) delete out[name];
  delete out["content-length"];
  return out;
}
