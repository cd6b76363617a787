import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { CoreError } from "./http/errors";
import { type AuthCheck, createListener, Router, reply } from "./http/server";
import { registerBalancesRoutes } from "./routes/balances";
import { registerIdentitiesRoutes } from "./routes/identities";
import { registerLedgersRoutes } from "./routes/ledgers";
import { registerMetadataRoutes } from "./routes/metadata";
import { registerTransactionsRoutes } from "./routes/transactions";
import { createContext, type LedgerContext } from "./storage/context";
import { type Db, openDb } from "./storage/db";

export type LedgerOptions = {
  /** Data directory; undefined keeps everything in memory (tests). */
  dataDir?: string;
  port?: number;
  host?: string;
  /** When set, every route but `/` and `/health` requires `X-Blnk-Key` equal to it (Core's secure mode). */
  secretKey?: string;
  /** Called with unexpected errors (the request still gets a 500 envelope). */
  onError?: (error: unknown) => void;
};

export type RunningLedger = { url: string; port: number; db: Db; ctx: LedgerContext; close(): Promise<void> };

const OPEN_PATHS = new Set(["/", "/health"]);

function secureModeAuth(secretKey: string | undefined): AuthCheck {
  if (!secretKey) return () => null;
  const expected = Buffer.from(secretKey);
  return (req, path) => {
    if (OPEN_PATHS.has(path)) return null;
    const header = req.headers["x-blnk-key"];
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) {
      const message = "Authentication required. Use X-Blnk-Key header";
      return new CoreError(401, "AUTH_MISSING_API_KEY", message);
    }
    const given = Buffer.from(key);
    const matches = given.length === expected.length && timingSafeEqual(given, expected);
    return matches ? null : new CoreError(401, "AUTH_INVALID_API_KEY", "Invalid API key");
  };
}

export function buildRouter(ctx: LedgerContext): Router {
  const router = new Router();
  router.on("GET", "/", () => reply(200, "server running..."));
  router.on("GET", "/health", async () => {
    try {
      await ctx.db.query("SELECT 1");
      return reply(200, { status: "UP" });
    } catch {
      return reply(503, { status: "DOWN", reason: "database unreachable" });
    }
  });
  registerLedgersRoutes(router, ctx);
  registerIdentitiesRoutes(router, ctx);
  registerBalancesRoutes(router, ctx);
  registerTransactionsRoutes(router, ctx);
  registerMetadataRoutes(router, ctx);
  return router;
}

/** Opens the database and serves the Blnk-compatible API. */
export async function startLedger(options: LedgerOptions = {}): Promise<RunningLedger> {
  const db = await openDb(options.dataDir);
  const ctx = createContext(db);
  const onError =
    options.onError ??
    ((error: unknown) =>
      console.error(
        JSON.stringify({ level: "error", event: "ledger_internal_error", message: String(error) }),
      ));
  const server = http.createServer(
    createListener(buildRouter(ctx), secureModeAuth(options.secretKey), onError),
  );
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    ctx,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}
