import { type NextRequest, NextResponse } from "next/server";
import { logError } from "@/lib/logging/log";
import { currentAuthSettings, getAuth } from "./server";

// The outer door, run by proxy.ts on every request: without a valid session, pages redirect to sign-in and
// server actions and API routes answer 401, before any app code runs. Pages and actions still check the role
// themselves (lib/auth/actor.ts): this only keeps strangers out.

// The sign-in page, its endpoints, and the app icons in public/ (which the sign-in page shows too).
const PUBLIC_PATHS = [/^\/sign-in\/?$/, /^\/api\/auth\//, /^\/favicon\.ico$/, /^\/icon\.svg$/];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
}

/** A server action call: a POST carrying the action's ID in `Next-Action`. */
export function isServerActionRequest(request: Pick<Request, "method" | "headers">): boolean {
  return request.method === "POST" && request.headers.has("next-action");
}

const DEFAULT_PATH = "/balances";
// A placeholder origin: only whether `next` stays on it matters, so the real host is not needed.
const SELF = "http://ledger-desk.invalid";

/**
 * The path to come back to after signing in: only a path on this site, never another one. Browsers drop tabs
 * and newlines inside URLs and read `\` as `/`, so `/\t/evil.example` means `//evil.example`: the value is
 * resolved as a browser would and accepted only when it stays on this origin, then rebuilt from the parsed
 * URL (percent-encoded, so it is also safe in a `Location` header). Control characters and unusual spaces
 * anywhere are refused outright.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith("/") || hasControlOrOddSpace(value)) return DEFAULT_PATH;
  let url: URL;
  try {
    url = new URL(value, SELF);
  } catch {
    return DEFAULT_PATH;
  }
  if (url.origin !== SELF) return DEFAULT_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || isPublicPath(url.pathname)) return DEFAULT_PATH;
  return path;
}

/** C0/C1 controls (tab, CR, LF, NUL…), non-breaking and other unusual spaces, zero-width and bidi marks. */
function hasControlOrOddSpace(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0xa0) ||
      code === 0x1680 ||
      code === 0x3000 ||
      code === 0xfeff
    )
      return true;
    if (
      (code >= 0x2000 && code <= 0x200f) ||
      (code >= 0x2028 && code <= 0x202f) ||
      (code >= 0x205f && code <= 0x206f)
    )
      return true;
  }
  return false;
}

/**
 * How to look a session up for a request. A prefetch is the browser getting ahead of a person who may
 * never click, not the person using Ledger Desk: it is checked like any request but does not extend the
 * session, so a dashboard left open with links on screen still times out.
 */
export function sessionLookup(headers: Headers) {
  const isPrefetch = headers.has("next-router-prefetch") || headers.has("next-router-segment-prefetch");
  return { headers, query: { disableRefresh: isPrefetch } };
}

/** A refusal for a request that may not pass, or null to let it through. */
export async function signInGate(request: NextRequest): Promise<NextResponse | null> {
  if (currentAuthSettings().mode === "demo") return null;
  const { pathname, search } = request.nextUrl;
  // No action lives on a public page: an action call without a session is refused there too.
  if (isPublicPath(pathname) && !isServerActionRequest(request)) return null;

  let signedIn: boolean;
  try {
    const { auth } = await getAuth();
    signedIn = (await auth.api.getSession(sessionLookup(request.headers))) !== null;
  } catch (error) {
    logError("auth_store_failed", error);

    return new NextResponse(
      "Sign-in is unavailable right now: Ledger Desk cannot reach its user store. Try again shortly.",
      {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" },
      },
    );
  }
  if (signedIn) return null;

  if (isServerActionRequest(request) || pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  }
  const target = request.nextUrl.clone();
  target.pathname = "/sign-in";
  target.search = "";
  if (pathname !== "/") target.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(target);
}
