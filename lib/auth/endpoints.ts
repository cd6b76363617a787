import "server-only";
import { toNextJsHandler } from "better-auth/next-js";
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
  if (!pathname.endsWith("/sign-in/email")) {
    return request.method === "GET" ? handlers.GET(request) : handlers.POST(request);
  }

  const email = await emailOf(request);
  // Locked or not is decided by the address typed, so the answer is the same for an account that does not
  // exist: a lock tells an attacker nothing about which emails have accounts.
  if (email && (await accountLock(email)).locked) {
    return Response.json(TOO_MANY, { status: 429, headers: { "Retry-After": "900" } });
  }
  const response = await handlers.POST(request);
  if (email && (response.status === 401 || response.ok)) await recordSignIn(email, response.ok);
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
