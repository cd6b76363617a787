import "server-only";
import { getAuth } from "@/lib/auth/server";
import { type AuthSettings, getAuthSettings, serverAddress } from "@/lib/auth/settings";
import { describeBlnkConfig, getBlnkConfig } from "@/lib/blnk/config";
import { appDatabaseSettings, appDb } from "@/lib/db";
import { parseTrustedProxies } from "@/lib/security/client-address";
import { parseAllowedOrigins } from "@/lib/security/frame-ancestors";
import { parseAllowedHosts } from "@/lib/security/hosts";
import { getPrecisionTable } from "./precision-table";

function stop(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Ledger Desk cannot start: ${reason}`);
  process.exit(1);
}

/**
 * Validates every setting and readies the sign-in store (tables, the ADMIN_EMAIL account); on a problem,
 * prints why and exits, since nothing would work anyway. Demo mode on a non-loopback address stops here.
 */
export async function checkConfigAtStartup(env: NodeJS.ProcessEnv = process.env, argv = process.argv) {
  let auth: AuthSettings;
  try {
    getBlnkConfig(env);
    getPrecisionTable(env);
    parseAllowedOrigins(env.EMBED_ALLOWED_ORIGINS);
    parseTrustedProxies(env.TRUSTED_PROXIES);
    parseAllowedHosts(env.ALLOWED_HOSTS);
    auth = getAuthSettings(env, serverAddress(argv, env));
  } catch (error) {
    stop(error);
  }
  try {
    // Opened now, not on the first write: an embedded store's first start takes a few seconds.
    await appDb(appDatabaseSettings(env));
    if (auth.mode === "sign-in") await getAuth();
  } catch (error) {
    stop(`Ledger Desk's database is not usable (${error instanceof Error ? error.message : String(error)})`);
  }
  const access =
    auth.mode === "demo"
      ? "demo mode: no sign-in (loopback only)"
      : `sign-in required (local accounts${auth.oidc ? `, OIDC at ${auth.oidc.issuer}` : ""})`;
  const database = appDatabaseSettings(env);
  const store = database.kind === "pglite" ? database.dataDir : "DATABASE_URL";
  console.info(`Ledger Desk: ${describeBlnkConfig(env)}; ${access}; database: ${store}`);
}
