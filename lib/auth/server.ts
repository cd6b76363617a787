import "server-only";
import { betterAuth } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { getMigrations } from "better-auth/db/migration";
import { nextCookies } from "better-auth/next-js";
import { admin as adminPlugin, type GenericOAuthConfig, genericOAuth } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { addressIn, auditEvent } from "@/lib/audit/trail";
import { appDialect, SIGN_IN_SETUP_LOCK, withAppLock } from "@/lib/db";
import { type Role, roleFromClaim } from "./roles";
import { type AuthSettings, getAuthSettings, MIN_PASSWORD_LENGTH, serverAddress } from "./settings";

export type SignInSettings = Extract<AuthSettings, { mode: "sign-in" }>;

export const OIDC_PROVIDER_ID = "oidc";

const ac = createAccessControl(defaultStatements);
const roles = {
  viewer: ac.newRole({ user: [], session: [] }),
  auditor: ac.newRole({ user: [], session: [] }),
  operator: ac.newRole({ user: [], session: [] }),
  admin: adminAc,
};

/**
 * Single sign-on with the configured provider, and the role its claim carries. Profile mapping runs before the
 * user exists, so it notes the claimed role by email; the callback's after-hook sets it once the session exists.
 */
function singleSignOn(oidc: SignInSettings["oidc"]) {
  // Handed from profile mapping to the hook within one callback.
  const claimedRoles = new Map<string, Role>();
  const providers: GenericOAuthConfig<typeof OIDC_PROVIDER_ID>[] = oidc
    ? [
        {
          providerId: OIDC_PROVIDER_ID,
          name: oidc.name,
          discoveryUrl: `${oidc.issuer}/.well-known/openid-configuration`,
          clientId: oidc.clientId,
          clientSecret: oidc.clientSecret,
          scopes: ["openid", "email", "profile"],
          pkce: true,
          mapProfileToUser: (profile) => {
            if (oidc.roleClaim && typeof profile.email === "string") {
              const claim = (profile as Record<string, unknown>)[oidc.roleClaim];
              claimedRoles.set(
                profile.email.toLowerCase(),
                roleFromClaim(claim, oidc.roleMap, oidc.defaultRole),
              );
            }
            return {};
          },
        },
      ]
    : [];
  const applyClaimedRole = createAuthMiddleware(async (ctx) => {
    if (!ctx.path.startsWith("/callback")) return;
    const created = ctx.context.newSession;
    const email = created?.user.email?.toLowerCase();
    const clientAddress = addressIn(ctx.headers);
    if (!created || !email) {
      // The provider's answer did not make a session (refused consent, bad state, no email…).
      await auditEvent(
        { actorId: `sso:${OIDC_PROVIDER_ID}`, actorEmail: null, actorRole: null, clientAddress },
        {
          action: "auth.sign_in_failed",
          recordType: "user",
          request: { method: "sso" },
          outcome: "sso_failed",
        },
      );
      return;
    }
    const claimed = claimedRoles.get(email);
    claimedRoles.delete(email);
    const current = (created.user as { role?: string | null }).role ?? null;
    // With OIDC_ROLE_CLAIM set, the identity provider is the source of truth for the role at every sign-in.
    if (claimed && claimed !== current) {
      await ctx.context.internalAdapter.updateUser(created.user.id, { role: claimed });
    }
    await auditEvent(
      { actorId: created.user.id, actorEmail: email, actorRole: claimed ?? current, clientAddress },
      {
        action: "auth.sign_in",
        recordType: "user",
        recordId: created.user.id,
        request: { method: "sso" },
        outcome: "ok",
      },
    );
  });
  return { providers, applyClaimedRole };
}

/** The sign-in library, configured from the environment (see settings.ts and the README's variables). */
export function createAuth(settings: SignInSettings) {
  const sso = singleSignOn(settings.oidc);
  return betterAuth({
    appName: "Ledger Desk",
    secret: settings.secret,
    baseURL: settings.baseUrl,
    basePath: "/api/auth",
    database: { dialect: appDialect(settings.database), type: "postgres" },
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin (ADMIN_EMAIL, `npm run user`), never by self sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    },
    session: {
      expiresIn: settings.sessionTtlSeconds,
      // Sliding expiry: a session in use is extended, at most once per quarter of its lifetime.
      updateAge: Math.max(1, Math.floor(settings.sessionTtlSeconds / 4)),
    },
    // Counted per client address in the database (so they hold across restarts). Sign-in allows 20 attempts a
    // minute: enough for a team behind one office NAT, far too few to guess a 12-character password.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/*": { window: 60, max: 20 } },
    },
    advanced: {
      cookiePrefix: "ledger-desk",
      useSecureCookies: settings.baseUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    plugins: [
      adminPlugin({ ac, roles, defaultRole: settings.oidc?.defaultRole ?? "viewer", adminRoles: ["admin"] }),
      genericOAuth({ config: sso.providers }),
      nextCookies(),
    ],
    hooks: { after: sso.applyClaimedRole },
  });
}

export type Auth = ReturnType<typeof createAuth>;

type Ready = { settings: SignInSettings; auth: Auth };
const g = globalThis as unknown as { __ledgerDeskAuth?: Promise<Ready> };

/** The current process's settings: sign-in or demo mode. Throws on a bad variable (checked at start-up). */
export function currentAuthSettings(): AuthSettings {
  return getAuthSettings(process.env, serverAddress(process.argv, process.env));
}

/**
 * The sign-in library, ready: tables created or brought up to date, and the ADMIN_EMAIL account made if it
 * does not exist yet. One per process (proxy.ts and the app share it through globalThis).
 */
export function getAuth(): Promise<Ready> {
  g.__ledgerDeskAuth ??= (async () => {
    const settings = currentAuthSettings();
    if (settings.mode !== "sign-in") throw new Error("sign-in is not configured (demo mode)");
    const auth = createAuth(settings);
    // Two instances starting at once on an empty database would both create the tables and the Admin.
    await withAppLock(
      SIGN_IN_SETUP_LOCK,
      async () => {
        const { runMigrations } = await getMigrations(auth.options);
        await runMigrations();
        if (settings.admin) await ensureUser(auth, { ...settings.admin, role: "admin" });
      },
      settings.database,
    );
    return { settings, auth };
  })().catch((error) => {
    g.__ledgerDeskAuth = undefined;
    throw error;
  });
  return g.__ledgerDeskAuth;
}

export type NewUser = { email: string; password: string; name: string; role: Role };

/** Creates a local account unless one with that email exists; returns whether it created one. */
export async function ensureUser(auth: Auth, user: NewUser): Promise<boolean> {
  const context = await auth.$context;
  if (await context.internalAdapter.findUserByEmail(user.email)) return false;
  await auth.api.createUser({
    body: { email: user.email, password: user.password, name: user.name, role: user.role },
  });
  return true;
}
