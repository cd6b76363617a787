import type { IncomingMessage, ServerResponse } from "node:http";
import { parseBody, toJson } from "../json";
import { isDataException } from "../storage/db";
import { CoreError, malformed } from "./errors";

export const MAX_BODY_BYTES = 5 * 1024 * 1024; // Core's BLNK_SERVER_MAX_REQUEST_BODY_SIZE_MB default

export type Request = {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The raw body text ("" when none). */
  rawBody: string;
  /** The body parsed losslessly; throws Core's 400 for malformed JSON. `legacyKey` picks `error`/`errors`. */
  json(legacyKey?: "error" | "errors", code?: string): unknown;
};

export type Reply = { status: number; body: unknown } | { status: number; text: string };
export type Handler = (request: Request) => Promise<Reply> | Reply;

export const reply = (status: number, body: unknown): Reply => ({ status, body });

type Route = { method: string; pattern: RegExp; keys: string[]; handler: Handler };

/** A tiny router: `/balances/:id/at` style patterns, matched in registration order. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: Handler) {
    const keys: string[] = [];
    const pattern = path.replace(/:([a-zA-Z_]+)/g, (_, key: string) => {
      keys.push(key);
      return "([^/]+)";
    });
    this.routes.push({ method, pattern: new RegExp(`^${pattern}$`), keys, handler });
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, index) => {
        params[key] = safeDecode(found[index + 1] ?? "");
      });
      return { handler: route.handler, params };
    }
    return null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Cache-Control": "no-store",
};

function send(res: ServerResponse, result: Reply) {
  if (res.headersSent) return;
  if ("text" in result) {
    res.writeHead(result.status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
    res.end(result.text);
    return;
  }
  res.writeHead(result.status, { ...SECURITY_HEADERS, "Content-Type": "application/json; charset=utf-8" });
  res.end(toJson(result.body));
}

export type AuthCheck = (req: IncomingMessage, path: string) => CoreError | null;

/** The request listener: size cap, auth, routing, Core's error envelope, and no crash on any input. */
export function createListener(router: Router, auth: AuthCheck, onError: (error: unknown) => void) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? "/", "http://ledger.local");
      // gin redirects a trailing slash; answering the same route is the useful equivalent.
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
      const method = req.method ?? "GET";
      let rawBody: string;
      try {
        rawBody = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          send(res, reply(413, new CoreError(413, "GEN_PAYLOAD_TOO_LARGE", "request body too large").body()));
          return;
        }
        throw error;
      }
      const denied = auth(req, path);
      if (denied) {
        send(res, reply(denied.status, denied.body()));
        return;
      }
      const found = router.match(method, path);
      if (!found) {
        send(res, { status: 404, text: "404 page not found" });
        return;
      }
      const request: Request = {
        method,
        path,
        params: found.params,
        query: url.searchParams,
        rawBody,
        json(legacyKey = "error", code = "GEN_MALFORMED_REQUEST") {
          try {
            return parseBody(rawBody);
          } catch (error) {
            const reason = error instanceof Error ? error.message : "invalid JSON";
            const problem = malformed(reason, legacyKey);
            throw new CoreError(400, code, problem.message, legacyKey);
          }
        },
      };
      send(res, await found.handler(request));
    } catch (error) {
      if (error instanceof CoreError) {
        send(res, reply(error.status, error.body()));
        return;
      }
      // A value Postgres refuses (a NUL character, an out-of-range number) is the request's fault: 400.
      if (isDataException(error)) {
        send(res, reply(400, new CoreError(400, "GEN_BAD_REQUEST", error.message).body()));
        return;
      }
      onError(error);
      send(res, reply(500, new CoreError(500, "GEN_INTERNAL", "internal server error").body()));
    }
  };
}
