// Test-only: a GET route handler called as the browser calls it, and its JSON answer.
import type { RouteHandler } from "@/lib/actions/define-route";

export async function getRoute(
  route: RouteHandler,
  params: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await route(new Request(`http://127.0.0.1/api/test?${new URLSearchParams(params)}`));
  return { status: response.status, body: await response.json() };
}
