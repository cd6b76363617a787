import { toNextJsHandler } from "better-auth/next-js";
import { currentAuthSettings, getAuth } from "@/lib/auth/server";

// The sign-in library's endpoints (email sign-in, OIDC redirect and callback, sign-out, session). In demo
// mode there is nothing to sign in to.
async function handle(request: Request): Promise<Response> {
  if (currentAuthSettings().mode === "demo") {
    return Response.json({ error: "Sign-in is not configured (demo mode)." }, { status: 404 });
  }
  const { auth } = await getAuth();
  const handlers = toNextJsHandler(auth);
  return request.method === "GET" ? handlers.GET(request) : handlers.POST(request);
}

export const GET = handle;
export const POST = handle;
