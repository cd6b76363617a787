// Core's secure mode (api/middleware/auth.go:194-284). With a secret key set, every route but `/` and `/health`
// needs `X-Blnk-Key`: the secret itself (the master key, allowed everything) or an API key, allowed what its
// scopes grant on the resource named by the path's first segment. Without a secret nothing is checked and no
// caller is known, as with Core's `secure: false`.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { CoreError, GoPanic } from "./errors";
import { injectGeneratedBy } from "./generated-by";
import type { LedgerEnv, Principal } from "./request";
import { actionForMethod, hasPermission, resourceForPath } from "./scopes";

/** What the middleware needs of the key store. */
export type ApiKeyLookup = {
  /** The key the presented text opens, or null when none does. */
  find(key: string): Promise<{ apiKeyId: string; ownerId: string; scopes: string[]; usable: boolean } | null>;
  /** Records a use (Core's UpdateLastUsed). */
  touch(apiKeyId: string): Promise<void>;
};

export type AuthOptions = { secretKey?: string; apiKeys: ApiKeyLookup };

/** Core's open paths (auth.go:196-212; /metrics is not served here). */
const OPEN_PATHS = new Set(["/", "/health"]);

const refuse = (status: number, code: string, message: string) => new CoreError(status, code, message);

function masterKeyCheck(secretKey: string): (key: string) => boolean {
  const expected = Buffer.from(secretKey);
  return (key) => {
    const given = Buffer.from(key);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
}

/** The API-key principal for a request, or Core's 401/403 refusal (auth.go:237-267), in Core's order. */
async function apiKeyPrincipal(apiKeys: ApiKeyLookup, key: string, path: string, method: string) {
  // Core answers any failure to look the key up as an invalid key.
  const found = await apiKeys.find(key).catch(() => null);
  if (!found) throw refuse(401, "AUTH_INVALID_API_KEY", "Invalid API key");
  if (!found.usable) throw refuse(401, "AUTH_EXPIRED_API_KEY", "API key is expired or revoked");
  const resource = resourceForPath(path);
  if (!resource) throw refuse(403, "AUTH_UNKNOWN_RESOURCE", "Unknown resource type");
  if (!hasPermission(found.scopes, resource, method)) {
    const message = `Insufficient permissions for ${resource}:${actionForMethod(method)}`;
    throw refuse(403, "AUTH_INSUFFICIENT_PERMISSIONS", message);
  }
  return { kind: "apiKey", apiKeyId: found.apiKeyId, ownerId: found.ownerId, scopes: found.scopes } as const;
}

/** The check as middleware; a refusal goes to the app's error handler, which writes Core's envelope. */
export function authenticate(options: AuthOptions): MiddlewareHandler<LedgerEnv> {
  const isMasterKey = options.secretKey ? masterKeyCheck(options.secretKey) : null;
  const open: Principal = { kind: "open" };
  const master: Principal = { kind: "master" };
  return async (c, next) => {
    if (OPEN_PATHS.has(c.req.path)) return next();
    if (!isMasterKey) {
      c.set("principal", open);
      return next();
    }
    const key = c.req.header("x-blnk-key");
    if (!key) throw refuse(401, "AUTH_MISSING_API_KEY", "Authentication required. Use X-Blnk-Key header");
    if (isMasterKey(key)) {
      c.set("principal", master);
      return next();
    }
    const principal = await apiKeyPrincipal(options.apiKeys, key, c.req.path, c.req.method);
    if (c.req.method === "POST") {
      const injected = injectGeneratedBy(c.get("rawBody"), principal.apiKeyId);
      if ("panic" in injected) throw new GoPanic("assignment to entry in nil map");
      c.set("rawBody", injected.body);
    }
    // Core records the use in a goroutine racing the handler; here it is done first, so the handler sees it.
    await options.apiKeys.touch(principal.apiKeyId);
    c.set("principal", principal);
    return next();
  };
}
