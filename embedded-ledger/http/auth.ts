// Core's secure mode: with a secret key set, every route but `/` and `/health` needs `X-Blnk-Key` equal to it.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { CoreError } from "./errors";
import type { LedgerEnv } from "./request";

/** The refusal for a request's key on a (normalised) path, or null to let it through. */
export type AuthCheck = (key: string | undefined, path: string) => CoreError | null;

const OPEN_PATHS = new Set(["/", "/health"]);

export function secureModeAuth(secretKey: string | undefined): AuthCheck {
  if (!secretKey) return () => null;
  const expected = Buffer.from(secretKey);
  return (key, path) => {
    if (OPEN_PATHS.has(path)) return null;
    if (!key) {
      const message = "Authentication required. Use X-Blnk-Key header";
      return new CoreError(401, "AUTH_MISSING_API_KEY", message);
    }
    const given = Buffer.from(key);
    const matches = given.length === expected.length && timingSafeEqual(given, expected);
    return matches ? null : new CoreError(401, "AUTH_INVALID_API_KEY", "Invalid API key");
  };
}

/** The check as middleware; a refusal goes to the app's error handler, which writes Core's 401 envelope. */
export function requireKey(auth: AuthCheck): MiddlewareHandler<LedgerEnv> {
  return async (c, next) => {
    const denied = auth(c.req.header("x-blnk-key"), c.req.path);
    if (denied) throw denied;
    await next();
  };
}
