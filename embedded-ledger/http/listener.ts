// node-server's request listener, handed each request target the way the ledger reads it: resolved against a
// fixed origin by WHATWG URL rules (`\` as `/`, dot segments resolved), the Host header ignored as gin ignores
// it. Left alone, node-server builds the URL from Host and answers a bare 400 to any Host or target that URL
// rules reject, before the app (and Core's error envelope) sees the request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { MiddlewareHandler } from "hono";
import { MALFORMED_PATH } from "./path";
import type { LedgerApp, LedgerEnv } from "./request";

const ORIGIN = new URL("http://ledger.local");

/** Requests whose target `new URL` cannot read at all (`//`, `///x`), with the error it threw. */
const unreadableTargets = new WeakMap<IncomingMessage, Error>();

export function nodeListener(app: LedgerApp) {
  const listener = getRequestListener(app.fetch);
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    try {
      const url = new URL(incoming.url ?? "/", ORIGIN);
      incoming.url = url.pathname + url.search;
    } catch (error) {
      unreadableTargets.set(incoming, error instanceof Error ? error : new Error(String(error)));
      incoming.url = "/";
    }
    incoming.headers.host = ORIGIN.host;
    return listener(incoming, outgoing);
  };
}

/**
 * Go's net/http answer to a target whose path it cannot unescape (`/transactions/%ZZ`): written by the server
 * before any handler runs (server.go readRequest → url.ParseRequestURI fails), so gin's headers are absent.
 */
const badRequest = () =>
  new Response("400 Bad Request", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" },
  });

/**
 * The app's first middleware: an unreadable target is an unexpected error (reported, then Core's 500); a
 * malformed percent-escape in the path gets Go's bare 400, before the body, the key or a route is looked at.
 */
export const rejectUnreadableTarget: MiddlewareHandler<LedgerEnv> = async (c, next) => {
  const error = unreadableTargets.get(c.env.incoming);
  if (error) throw error;
  if (c.req.path === MALFORMED_PATH) return badRequest();
  await next();
};
