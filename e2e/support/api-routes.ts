import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// The dashboard's own JSON API (app/api/, made by lib/actions/define-route.ts): the browser's type-ahead.

/** Every API route of the build under test, as a path ("/api/search/ledgers"), the sign-in library's aside. */
export function apiRoutes(): string[] {
  const file = path.join(
    process.cwd(),
    process.env.NEXT_DIST_DIR || ".next",
    "server",
    "app-paths-manifest.json",
  );
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((route) => route.startsWith("/api/") && !route.startsWith("/api/auth/"))
    .map((route) => route.replace(/\/route$/, ""));
}

/** A GET of `route` with `params`, as the browser's type-ahead sends it. */
export async function getApi(
  request: APIRequestContext,
  baseUrl: string,
  route: string,
  params: Record<string, string> = {},
) {
  const response = await request.get(`${baseUrl}${route}?${new URLSearchParams(params)}`, {
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}
