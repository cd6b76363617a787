import { type AppDatabase, appDatabaseSettings } from "@/lib/db/settings";
import { isRole, parseRoleMap, type Role } from "./roles";

export type AuthDatabase = AppDatabase;

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in button calls the provider: "Sign in with <name>". */
  name: string;
  /** The ID-token / userinfo claim that carries roles or groups; unset: roles are assigned in Ledger Desk. */
  roleClaim: string | undefined;
  roleMap: Map<string, Role>;
  defaultRole: Role;
};

export type AuthSettings =
  | { mode: "demo" }
  | {
      mode: "sign-in";
      secret: string;
      baseUrl: string;
      sessionTtlSeconds: number;
      database: AuthDatabase;
      oidc: OidcSettings | undefined;
      admin: { email: string; password: string; name: string } | undefined;
    };

export const DEFAULT_SESSION_TTL_SECONDS = 12 * 60 * 60;
export const MIN_PASSWORD_LENGTH = 12;

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost", "[::1]"]);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The address the server listens on: `-H`/`--hostname` and `-p`/`--port` of `next start`, else HOSTNAME and
 * PORT, else every interface (what `next start` does when given neither) and port 3000.
 */
export function serverAddress(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { host: string; port: string } {
  const flag = (short: string, long: string) => {
    for (const [i, arg] of argv.entries()) {
      const next = argv[i + 1];
      if ((arg === short || arg === long) && next) return next;
      if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
    }
    return undefined;
  };
  return {
    host: flag("-H", "--hostname") ?? (env.HOSTNAME?.trim() || "0.0.0.0"),
    port: flag("-p", "--port") ?? (env.PORT?.trim() || "3000"),
  };
}

const text = (env: NodeJS.ProcessEnv, name: string) => env[name]?.trim() || undefined;

/**
 * Reads sign-in settings. Sign-in is configured when AUTH_SECRET is set; without it the dashboard runs in
 * demo mode, which is allowed only on a loopback address. Throws with the variable named on any bad value.
 */
export function getAuthSettings(
  env: NodeJS.ProcessEnv,
  { host, port }: { host: string; port: string },
): AuthSettings {
  const secret = text(env, "AUTH_SECRET");
  const oidcIssuer = text(env, "OIDC_ISSUER");
  if (!secret) {
    if (oidcIssuer || text(env, "ADMIN_EMAIL")) {
      throw new Error(
        "AUTH_SECRET is required when OIDC_ISSUER or ADMIN_EMAIL is set (at least 32 characters)",
      );
    }
    if (!isLoopbackHost(host)) {
      throw new Error(
        `sign-in is not configured (AUTH_SECRET is unset) and the dashboard would listen on ${host}, which is not a loopback address. ` +
          "Set AUTH_SECRET (and ADMIN_EMAIL/ADMIN_PASSWORD or OIDC_*) to require sign-in, or bind to 127.0.0.1 for demo mode.",
      );
    }
    return { mode: "demo" };
  }
  if (secret.length < 32)
    throw new Error("AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)");

  const baseUrl =
    text(env, "AUTH_URL") ??
    `http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}:${port}`;
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) throw new Error(`AUTH_URL: "${baseUrl}" is not an http(s) URL`);

  const ttlText = text(env, "AUTH_SESSION_TTL");
  const sessionTtlSeconds = ttlText === undefined ? DEFAULT_SESSION_TTL_SECONDS : Number(ttlText);
  if (!Number.isInteger(sessionTtlSeconds) || sessionTtlSeconds < 1) {
    throw new Error(`AUTH_SESSION_TTL: "${ttlText}" is not a whole number of seconds`);
  }

  const database = appDatabaseSettings(env);

  const adminEmail = text(env, "ADMIN_EMAIL");
  const adminPassword = env.ADMIN_PASSWORD ?? "";
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail))
    throw new Error(`ADMIN_EMAIL: "${adminEmail}" is not an email address`);
  if (adminEmail && adminPassword.length < MIN_PASSWORD_LENGTH) {
    throw new Error(
      `ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters when ADMIN_EMAIL is set`,
    );
  }
  const admin = adminEmail
    ? { email: adminEmail.toLowerCase(), password: adminPassword, name: text(env, "ADMIN_NAME") ?? "Admin" }
    : undefined;

  return {
    mode: "sign-in",
    secret,
    baseUrl: baseUrl.replace(/\/+$/, ""),
    sessionTtlSeconds,
    database,
    oidc: readOidc(env),
    admin,
  };
}

function readOidc(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const issuer = text(env, "OIDC_ISSUER");
  const clientId = text(env, "OIDC_CLIENT_ID");
  const clientSecret = text(env, "OIDC_CLIENT_SECRET");
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer || !clientId || !clientSecret) {
    throw new Error("OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together");
  }
  if (!/^https?:\/\/[^/]+/.test(issuer)) throw new Error(`OIDC_ISSUER: "${issuer}" is not an http(s) URL`);
  const defaultRole = (text(env, "OIDC_DEFAULT_ROLE") ?? "viewer").toLowerCase();
  if (!isRole(defaultRole))
    throw new Error(`OIDC_DEFAULT_ROLE: "${defaultRole}" is not viewer, auditor, operator or admin`);
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    name: text(env, "OIDC_NAME") ?? "SSO",
    roleClaim: text(env, "OIDC_ROLE_CLAIM"),
    roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
    defaultRole,
  };
}
