// The embedded ledger's HTTP server on Hono: Core's 5 MB body cap and secure mode, gin's 404 for anything no
// route takes, and Core's `error`/`errors` + `error_detail` envelope for every failure, with no crash on any
// input. Routes register framework-free handlers through `handle`: `app.get("/ledgers/:id", handle(handler))`.
import { type Context, Hono } from "hono";
import { routePath } from "hono/route";
import { toJson } from "../json";
import { isDataException } from "../storage/db";
import { type AuthOptions, authenticate } from "./auth";
import { bodyMiddleware, parseJsonBody } from "./body";
import { CoreError, GoPanic } from "./errors";
import { rejectUnreadableTarget } from "./listener";
import { MALFORMED_PATH, routeSegments } from "./path";
import { type CoreProfile, CURRENT_PROFILE } from "./profile";
import { type Handler, type LedgerApp, type LedgerEnv, type Reply, type Request, reply } from "./request";

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Cache-Control": "no-store",
};

/** gin's answer for a path no route takes, whatever the method (gin sends no 405). */
const NOT_FOUND: Reply = { status: 404, text: "404 page not found" };

/** A reply as the response: JSON through the package's lossless stringify (never `c.json()`: bigint), or text. */
function toResponse(result: Reply): Response {
  if ("empty" in result) return new Response(null, { status: result.status, headers: SECURITY_HEADERS });
  const isText = "text" in result;
  const headers = {
    ...SECURITY_HEADERS,
    "Content-Type": isText ? "text/plain; charset=utf-8" : "application/json; charset=utf-8",
  };
  return new Response(isText ? result.text : toJson(result.body), { status: result.status, headers });
}

// The one 404 Core 0.14.5 already answered as 404 (api/apikeys.go:173); its other handlers sent 400 (metadata.go:43
// meant to send 404, but compares with errors.Is against a new error, which never matches).
const LEGACY_NOT_FOUND_CODES = new Set(["APIKEY_NOT_FOUND"]);

function legacyStatus(error: CoreError): number {
  if (error.status === 404) return LEGACY_NOT_FOUND_CODES.has(error.code) ? 404 : 400;
  return error.status === 409 || error.status === 423 ? 400 : error.status;
}

/** The error as the profile's Core sends it: 0.15's envelope, or the flat key alone before that. */
function coreErrorReply(error: CoreError, profile: CoreProfile): Reply {
  if (!profile.legacyErrors) return reply(error.status, error.body());
  const status = legacyStatus(error);
  // A record the database layer did not find came back as its APIError text, "NOT_FOUND: <message>"
  // (v0.14.5 internal/apierror/apierror.go:49-51), under the handler's blanket 400.
  const message = error.status === 404 && status === 400 ? `NOT_FOUND: ${error.message}` : error.message;
  const { error_detail: _, ...legacy } = new CoreError(status, error.code, message, error.legacyKey).body();
  return reply(status, error.legacyValue === undefined ? legacy : { [error.legacyKey]: error.legacyValue });
}

function errorReply(error: unknown, onError: (error: unknown) => void, profile: CoreProfile): Reply {
  if (error instanceof CoreError) return coreErrorReply(error, profile);
  if (error instanceof GoPanic) return { status: 500, empty: true };
  // A value Postgres refuses (a NUL character, an out-of-range number) is the request's fault: 400.
  if (isDataException(error))
    return coreErrorReply(new CoreError(400, "GEN_BAD_REQUEST", error.message), profile);
  onError(error);
  return coreErrorReply(new CoreError(500, "GEN_INTERNAL", "internal server error"), profile);
}

/**
 * A path no request can have (URLs percent-encode control characters): on no route, and not open in secure
 * mode. It stands for an all-slash path such as `//`, which is empty once trailing slashes go; Hono's router
 * would run no middleware at all for "" and would take `//` for `/`.
 */
const EMPTY_PATH = "/\u0000";

/**
 * The path routes match: unescaped as Go's server and gin do (http/path.ts: `%2F` separates segments, so
 * `/transactions/a%2Fb` is on no route), without trailing slashes (gin redirects a trailing slash; answering
 * the same route is the useful equivalent). A malformed escape routes to MALFORMED_PATH (Go's 400).
 */
function routingPath(request: globalThis.Request): string {
  const { pathname } = new URL(request.url);
  if (pathname.length <= 1) return pathname;
  const segments = routeSegments(pathname);
  if (!segments) return MALFORMED_PATH;
  return segments.map((segment) => segment.text).join("/") || EMPTY_PATH;
}

/** The matched route's params (`:name` segments of the unescaped path), as text and as Go's bytes. */
function pathParams(pattern: string, url: string) {
  const segments = routeSegments(new URL(url).pathname) ?? [];
  const params: Record<string, string> = {};
  const paramBytes: Record<string, Uint8Array> = {};
  pattern.split("/").forEach((part, index) => {
    if (!part.startsWith(":")) return;
    const segment = segments[index];
    params[part.slice(1)] = segment?.text ?? "";
    paramBytes[part.slice(1)] = segment?.bytes ?? new Uint8Array();
  });
  return { params, paramBytes };
}

/** A Hono route handler running `handler` on the ledger's request view. */
export function handle(handler: Handler) {
  return async (c: Context<LedgerEnv>): Promise<Response> => {
    // Hono answers HEAD with the GET route; gin, so Core, has no HEAD routes and sends its 404.
    if (c.req.method === "HEAD") return toResponse(NOT_FOUND);
    const { path } = c.req;
    const rawBody = c.get("rawBody");
    const { params, paramBytes } = pathParams(routePath(c), c.req.url);
    const request: Request = {
      method: c.req.method,
      path,
      params,
      paramBytes,
      query: new URL(c.req.url).searchParams,
      rawBody,
      json: (legacyKey = "error", code = "GEN_MALFORMED_REQUEST") => parseJsonBody(rawBody, legacyKey, code),
      principal: c.get("principal") ?? { kind: "open" },
    };
    return toResponse(await handler(request));
  };
}

/** A route: its method, its path and what answers it. */
export type Route = [method: string, path: string, handler: Handler];

/** Registers each route (through `handle`) in the order given: the router takes the first match. */
export function addRoutes(app: LedgerApp, routes: Route[]): void {
  for (const [method, path, handler] of routes) app.on(method, path, handle(handler));
}

/** The app before any route: register routes on it, then serve it with `nodeListener`. */
export function createApp(
  auth: AuthOptions,
  onError: (error: unknown) => void,
  profile: CoreProfile = CURRENT_PROFILE,
): LedgerApp {
  const app = new Hono<LedgerEnv>({ getPath: routingPath });
  // Every request, routed or not, in this order: a readable target, the body (413), the key (401), the route.
  app.use(rejectUnreadableTarget, ...bodyMiddleware, authenticate(auth));
  app.notFound(() => toResponse(NOT_FOUND));
  app.onError((error) => toResponse(errorReply(error, onError, profile)));
  return app;
}
