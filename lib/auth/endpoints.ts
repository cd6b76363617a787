import "server-only";
import { toNextJsHandler } from "better-auth/next-js";
import { addressIn, auditEvent } from "@/lib/audit/trail";
import { getAuth, OIDC_PROVIDER_ID } from "./server";
import { accountLock, recordSignIn } from "./sign-in-lock";

// The sign-in library's HTTP endpoints, allow-listed: only those the product uses are reachable. Everything
// else it could serve (impersonation, bans, removing users, setting passwords, revoking sessions, self
// sign-up, changing one's own email or role…) answers 404 before the library sees it. Server code calls the
// few admin functions it needs (create a user, set a role) directly, after its own role checks.
const ALLOWED: ReadonlyArray<readonly [method: string, path: string]> = [
  ["POST", "/sign-in/email"],
  ["POST", "/sign-in/social"],
  ["GET", `/callback/${OIDC_PROVIDER_ID}`],
  ["POST", `/callback/${OIDC_PROVIDER_ID}`],
  ["POST", "/sign-out"],
  ["GET", "/get-session"],
  ["GET", "/error"],
];

const BASE = "/api/auth";

export function isAllowedAuthEndpoint(method: string, pathname: string): boolean {
  if (!pathname.startsWith(`${BASE}/`)) return false;
  const path = pathname.slice(BASE.length).replace(/\/+$/, "");
  return ALLOWED.some(([m, p]) => m === method && p === path);
}

const TOO_MANY = { message: "Too many attempts. Wait a while and try again.", code: "TOO_MANY_ATTEMPTS" };

/** Handles /api/auth/*: the allow-list, the per-account lock on password sign-in, then the library. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!isAllowedAuthEndpoint(request.method, pathname)) {
    return Response.json({ message: "Not found" }, { status: 404 });
  }
  const { auth } = await getAuth();
  const handlers = toNextJsHandler(auth);
  if (pathname.endsWith("/sign-out")) return signOut(request, auth, handlers.POST);
  if (!pathname.endsWith("/sign-in/email")) {
    return request.method === "GET" ? handlers.GET(request) : handlers.POST(request);
  }

  const email = await emailOf(request);
  // Locked or not is decided by the address typed, so the answer is the same for an account that does not
  // exist: a lock tells an attacker nothing about which emails have accounts.
  if (email && (await accountLock(email)).locked) {
    await auditSignIn(request, email, "auth.sign_in_locked", "locked");
    return Response.json(TOO_MANY, { status: 429, headers: { "Retry-After": "900" } });
  }
  const response = await handlers.POST(request);
  if (email && (response.status === 401 || response.ok)) {
    await recordSignIn(email, response.ok);
    await auditSignIn(
      request,
      email,
      response.ok ? "auth.sign_in" : "auth.sign_in_failed",
      response.ok ? "ok" : "invalid_credentials",
    );
  }
  return response;
}

/** A password sign-in, as the audit log keeps it: who it was for (the address typed), from where, and how it went. */
function auditSignIn(request: Request, email: string, action: string, outcome: string) {
  return auditEvent(
    {
      actorId: `email:${email}`,
      actorEmail: email,
      actorRole: null,
      clientAddress: addressIn(request.headers),
    },
    { action, recordType: "user", outcome },
  );
}

type Auth = Awaited<ReturnType<typeof getAuth>>["auth"];

/** Signs out, and logs who did (read from the session before it ends). */
async function signOut(request: Request, auth: Auth, post: (request: Request) => Promise<Response>) {
  const session = await auth.api.getSession({ headers: request.headers }).catch(() => null);
  const response = await post(request);
  if (session && response.ok) {
    const { user } = session;
    await auditEvent(
      {
        actorId: user.id,
        actorEmail: user.email,
        actorRole: (user as { role?: string | null }).role ?? null,
        clientAddress: addressIn(request.headers),
      },
      { action: "auth.sign_out", recordType: "user", recordId: user.id, outcome: "ok" },
    );
  }
  return response;
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === "string" && body.email.trim()
      ? body.email.trim().toLowerCase().slice(0, 320)
      : null;
  } catch {
    return null;
  }
}
