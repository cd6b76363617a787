// Request bodies as Core takes them: at most 5 MB (else 413, whatever the route), read whole before the key check
// and routing, and decoded as UTF-8 the way Node's Buffer does (a leading BOM is kept, so it fails JSON parsing
// with Core's 400 instead of being dropped, as Fetch's `text()` would).
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { parseBody } from "../json";
import { CoreError } from "./errors";
import type { LedgerEnv } from "./request";

export const MAX_BODY_BYTES = 5 * 1024 * 1024; // Core's BLNK_SERVER_MAX_REQUEST_BODY_SIZE_MB default

const tooLarge = () => new CoreError(413, "GEN_PAYLOAD_TOO_LARGE", "request body too large");

/** Hono's cap: it refuses a Content-Length over the limit at once, and counts a chunked body as it arrives. */
const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw tooLarge();
  },
});

/** Puts the whole body in `rawBody` ("" when there is none). */
const readBody: MiddlewareHandler<LedgerEnv> = async (c, next) => {
  if (c.req.raw.body) {
    c.set("rawBody", Buffer.from(await c.req.arrayBuffer()).toString("utf8"));
  } else {
    // Fetch gives GET and HEAD no body, so bodyLimit passes them; a declared oversized one is still refused.
    if (Number(c.env.incoming.headers["content-length"] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
    c.set("rawBody", "");
  }
  await next();
};

export const bodyMiddleware: MiddlewareHandler<LedgerEnv>[] = [limitBody, readBody];

/** The body parsed losslessly, or Core's 400 carrying the parser's message under `legacyKey`. */
export function parseJsonBody(rawBody: string, legacyKey: "error" | "errors", code: string): unknown {
  try {
    return parseBody(rawBody);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "invalid JSON";
    throw new CoreError(400, code, reason, legacyKey);
  }
}
