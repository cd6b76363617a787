import { type NextRequest, NextResponse } from "next/server";
import { signInGate } from "@/lib/auth/gate";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { frameAncestors, parseAllowedOrigins } from "@/lib/security/frame-ancestors";

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

export async function proxy(request: NextRequest) {
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
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
