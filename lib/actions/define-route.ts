import "server-only";
import type { z } from "zod";
import { type Actor, getActor } from "@/lib/auth/actor";
import { type Access, hasAccess } from "@/lib/auth/roles";
import { logError } from "@/lib/logging/log";
import type { ActionResult } from "./result";

// The browser's type-ahead reads (app/api/…) are GET route handlers, not server actions: Next runs a client's
// server actions one at a time, so a stale search queued ahead of the fresh one delays it, while a fetch can
// be cancelled the moment its text is out of date. They are checked exactly like actions (defineAction):
// the role first (401 without a session, 403 for a role too low), then the query string parsed with zod, then
// the body, answering the actions' one result shape as JSON. lib/actions/routes.test.ts lists them all.

export const ROUTE_BRAND = Symbol.for("ledger-desk.route");

export type RouteHandler = ((request: Request) => Promise<Response>) & {
  [ROUTE_BRAND]: { role: Access };
};

/** What a route answers when it is refused before its body runs. */
export const ROUTE_REFUSALS = {
  401: "Sign in to continue.",
  403: "Your role does not allow this.",
  503: "Sign-in is unavailable right now. Try again shortly.",
  500: "Ledger Desk could not answer. Try again.",
} as const;

/**
 * A GET route handler: `role` checked, the query string (each name once) parsed with `schema`, then `body`.
 * `signal` ends when the browser cancels the request.
 */
export function defineRoute<S extends z.ZodType, T>(
  role: Access,
  schema: S,
  body: (input: z.output<S>, actor: Actor, signal: AbortSignal) => Promise<ActionResult<T>>,
): RouteHandler {
  return defineResponseRoute(role, async (request, actor) => {
    const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      return answer(400, {
        ok: false,
        error: parsed.error.issues[0]?.message ?? "The request is not valid.",
      });
    }
    return answer(200, await body(parsed.data, actor, request.signal));
  });
}

/**
 * A GET route handler whose body makes its own Response (a file streamed as it is read): `role` checked
 * exactly as defineRoute does, and a body that throws answers the same plain 500.
 */
export function defineResponseRoute(
  role: Access,
  body: (request: Request, actor: Actor) => Promise<Response>,
): RouteHandler {
  const handler = async (request: Request): Promise<Response> => {
    let actor: Actor | null;
    try {
      actor = await getActor();
    } catch (error) {
      logError("route_actor_failed", error);
      return answer(503, { ok: false, error: ROUTE_REFUSALS[503] });
    }
    if (!actor) return answer(401, { ok: false, error: ROUTE_REFUSALS[401] });
    if (!hasAccess(actor.role, role)) return answer(403, { ok: false, error: ROUTE_REFUSALS[403] });
    try {
      return await body(request, actor);
    } catch (error) {
      logError("route_failed", error, { path: new URL(request.url).pathname });
      return answer(500, { ok: false, error: ROUTE_REFUSALS[500] });
    }
  };
  return Object.assign(handler, { [ROUTE_BRAND]: { role } });
}

/** JSON that no cache keeps: each answer is for one person's session at one moment. */
export function answer(status: number, result: ActionResult<unknown>): Response {
  return Response.json(result, { status, headers: { "Cache-Control": "private, no-store" } });
}
