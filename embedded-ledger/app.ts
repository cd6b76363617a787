import http from "node:http";
import type { AddressInfo } from "node:net";
import type { AuthOptions } from "./http/auth";
import { nodeListener } from "./http/listener";
import type { CoreProfile } from "./http/profile";
import { type LedgerApp, reply } from "./http/request";
import { createApp, handle } from "./http/server";
import { findApiKey, isKeyUsable, touchApiKey } from "./models/api-key";
import { registerApiKeysRoutes } from "./routes/api-keys";
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
  /**
   * When set, every route but `/` and `/health` requires `X-Blnk-Key`: this master key or an API key made with
   * it (Core's secure mode).
   */
  secretKey?: string;
  /**
   * bcrypt rounds for new API keys; default 10, as Core (Go's bcrypt.DefaultCost). Each round doubles the cost
   * of a hash (about 0.1 s of CPU at 10), so tests that make many keys lower it.
   */
  apiKeyHashCost?: number;
  /** The Core release to answer as (LEDGER_CORE_PROFILE, http/profile.ts); default the current one. */
  profile?: CoreProfile;
  /** Called with unexpected errors (the request still gets a 500 envelope). */
  onError?: (error: unknown) => void;
};

export type RunningLedger = { url: string; port: number; db: Db; ctx: LedgerContext; close(): Promise<void> };

export type Security = Pick<LedgerOptions, "secretKey" | "apiKeyHashCost">;

/** Secure mode over the ledger's own key store. */
function authOptions(ctx: LedgerContext, secretKey: string | undefined): AuthOptions {
  return {
    secretKey,
    apiKeys: {
      async find(key) {
        const row = await findApiKey(ctx.db, key);
        if (!row) return null;
        return {
          apiKeyId: row.api_key_id,
          ownerId: row.owner_id,
          scopes: row.scopes,
          usable: isKeyUsable(row),
        };
      },
      touch: (apiKeyId) => touchApiKey(ctx.db, apiKeyId),
    },
  };
}

/** The Hono app with every route of the Blnk-compatible API. */
export function buildApp(
  ctx: LedgerContext,
  security: Security,
  onError: (error: unknown) => void,
): LedgerApp {
  const app = createApp(authOptions(ctx, security.secretKey), onError, ctx.profile);
  app.get(
    "/",
    handle(() => reply(200, "server running...")),
  );
  app.get(
    "/health",
    handle(async () => {
      try {
        await ctx.db.query("SELECT 1");
        return reply(200, { status: "UP" });
      } catch {
        return reply(503, { status: "DOWN", reason: "database unreachable" });
      }
    }),
  );
  registerLedgersRoutes(app, ctx);
  registerIdentitiesRoutes(app, ctx);
  registerBalancesRoutes(app, ctx);
  registerTransactionsRoutes(app, ctx);
  registerMetadataRoutes(app, ctx);
  registerApiKeysRoutes(app, ctx, { hashCost: security.apiKeyHashCost });
  return app;
}

/** Opens the database and serves the Blnk-compatible API. */
export async function startLedger(options: LedgerOptions = {}): Promise<RunningLedger> {
  const db = await openDb(options.dataDir);
  const ctx = createContext(db, options.profile);
  const onError =
    options.onError ??
    ((error: unknown) =>
      console.error(
        JSON.stringify({ level: "error", event: "ledger_internal_error", message: String(error) }),
      ));
  const server = http.createServer(nodeListener(buildApp(ctx, options, onError)));
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
