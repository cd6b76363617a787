import { handleAuthRequest } from "@/lib/auth/endpoints";
import { currentAuthSettings } from "@/lib/auth/server";

// The sign-in library's endpoints that the product uses (lib/auth/endpoints.ts). In demo mode there is
// nothing to sign in to.
async function handle(request: Request): Promise<Response> {
  if (currentAuthSettings().mode === "demo") {
    return Response.json({ error: "Sign-in is not configured (demo mode)." }, { status: 404 });
  }
  return handleAuthRequest(request);
}

export const GET = handle;
export const POST = handle;
