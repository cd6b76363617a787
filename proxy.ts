import { type NextRequest, NextResponse } from "next/server";
import { isServerActionRequest, signInGate } from "@/lib/auth/gate";
import { currentAuthSettings } from "@/lib/auth/server";
import { badActionRequest, badPath, refusalResponse } from "@/lib/security/bad-requests";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { frameAncestors, parseAllowedOrigins } from "@/lib/security/frame-ancestors";
import { type HostRule, hostRule, isAllowedHost, parseAllowedHosts } from "@/lib/security/hosts";

// Runs before every page, server action and API route: turns away requests without a session (when sign-in
// is configured), then sets the security headers that depend on the request (a CSP nonce) or on run-time
// settings (EMBED_ALLOWED_ORIGINS; next.config headers are fixed at build time). Settings were validated at
// start-up (instrumentation.ts), so a bad one would have stopped the server already.
let cached: { text: string | undefined; origins: string[] } | undefined;
function allowedOrigins(): string[] {
  const text = process.env.EMBED_ALLOWED_ORIGINS;
  if (!cached || cached.text !== text) cached = { text, origins: parseAllowedOrigins(text) };
  return cached.origins;
}

let cachedHosts: { text: string | undefined; rule: HostRule } | undefined;
function currentHostRule(): HostRule {
  const text = process.env.ALLOWED_HOSTS;
  if (!cachedHosts || cachedHosts.text !== text) {
    cachedHosts = { text, rule: hostRule(currentAuthSettings(), parseAllowedHosts(text)) };
  }
  return cachedHosts.rule;
}

/** Requests turned away before anything else runs: a foreign Host, a broken path, an action Next would 500 on. */
async function refuseBadRequest(request: NextRequest): Promise<Response | null> {
  const { pathname } = request.nextUrl;
  if (!isAllowedHost(request.headers.get("host"), currentHostRule())) {
    return refusalResponse(
      {
        status: 421,
        reason:
          "Ledger Desk does not answer to this host name. Reach it at the address in AUTH_URL, or add this one to ALLOWED_HOSTS.",
      },
      pathname,
    );
  }
  const refusal =
    badPath(pathname) ?? (isServerActionRequest(request) ? await badActionRequest(request) : null);
  return refusal ? refusalResponse(refusal, pathname) : null;
}

export async function proxy(request: NextRequest) {
  const bad = await refuseBadRequest(request);
  if (bad) return bad;
  const refused = await signInGate(request);
  const nonce = newNonce();
  const framing = frameAncestors(request.nextUrl.pathname, allowedOrigins());
  const policy = contentSecurityPolicy({
    nonce,
    frameAncestors: framing.sources,
    dev: process.env.NODE_ENV === "development",
  });

  let response: NextResponse;
  if (refused) {
    response = refused;
  } else {
    // Next reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", policy);
  if (framing.denyHeader) response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = {
  // The icons in public/ pass through here too, so they carry the same headers; the gate lets them by.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
