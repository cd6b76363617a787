import { type NextRequest, NextResponse } from "next/server";
import { framingHeaders, parseAllowedOrigins } from "@/lib/security/frame-ancestors";

// Runs before every page and server action. EMBED_ALLOWED_ORIGINS is read at run time (next.config headers
// are fixed at build time), so one build serves any deployment's embedding policy. The value was validated at
// start-up (instrumentation.ts); a bad one here would have stopped the server already.
let cached: { text: string | undefined; origins: string[] } | undefined;
function allowedOrigins(): string[] {
  const text = process.env.EMBED_ALLOWED_ORIGINS;
  if (!cached || cached.text !== text) cached = { text, origins: parseAllowedOrigins(text) };
  return cached.origins;
}

export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  for (const [name, value] of Object.entries(framingHeaders(request.nextUrl.pathname, allowedOrigins()))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
