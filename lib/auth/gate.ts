import { type NextRequest, NextResponse } from "next/server";
import { currentAuthSettings, getAuth } from "./server";

// The outer door, run by proxy.ts on every request: without a valid session, pages redirect to sign-in and
// server actions and API routes answer 401, before any app code runs. Pages and actions still check the role
// themselves (lib/auth/actor.ts): this only keeps strangers out.

const PUBLIC_PATHS = [/^\/sign-in\/?$/, /^\/api\/auth\//];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
}

/** A server action call: a POST carrying the action's ID in `Next-Action`. */
export function isServerActionRequest(request: Pick<Request, "method" | "headers">): boolean {
  return request.method === "POST" && request.headers.has("next-action");
}

/** The path to come back to after signing in: only a local path, never another site. */
export function safeNextPath(value: string | null | undefined): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/balances";
  if (isPublicPath(value.split("?")[0] ?? "")) return "/balances";
  return value;
}

/** A refusal for a request that may not pass, or null to let it through. */
export async function signInGate(request: NextRequest): Promise<NextResponse | null> {
  if (currentAuthSettings().mode === "demo") return null;
  const { pathname, search } = request.nextUrl;
  if (isPublicPath(pathname)) return null;

  let signedIn: boolean;
  try {
    const { auth } = await getAuth();
    signedIn = (await auth.api.getSession({ headers: request.headers })) !== null;
  } catch (error) {
    console.error(
      JSON.stringify({
        level: "error",
        event: "auth_store_failed",
        message: error instanceof Error ? error.message : String(error),
      }),
    );
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
