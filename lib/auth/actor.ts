import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cache } from "react";
import { sessionLookup } from "./gate";
import { type Access, hasAccess, isRole, type Role } from "./roles";
import { currentAuthSettings, getAuth } from "./server";

/** Who is making this request, as every page and server action sees it. */
export type Actor = {
  id: string;
  name: string;
  email: string | null;
  role: Role | null;
  /** `demo`: no sign-in configured on a loopback address; anyone at this machine acts as an Admin. */
  mode: "demo" | "sign-in";
};

export const DEMO_ACTOR: Actor = { id: "demo", name: "Demo user", email: null, role: "admin", mode: "demo" };

/** The signed-in person for this request, or null. Memoised per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  if (currentAuthSettings().mode === "demo") return DEMO_ACTOR;
  const { auth } = await getAuth();
  const session = await auth.api.getSession(sessionLookup(await headers()));
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    role: isRole(role) ? role : null,
    mode: "sign-in",
  };
});

/**
 * For pages and layouts: the actor, when they hold `role`; otherwise off to sign-in (no session) or the
 * 403 page (a role too low). proxy.ts turns strangers away first; this is the check that counts.
 */
export async function requirePageRole(role: Access): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!hasAccess(actor.role, role)) forbidden();
  return actor;
}

/**
 * For server actions, first thing: the actor, when they hold `role`; otherwise the request ends with 401
 * (no session) or 403 (a role too low) before any input is read or Blnk is called.
 */
export async function requireActionRole(role: Access): Promise<Actor> {
  const actor = await getActor();
  if (!actor) unauthorized();
  if (!hasAccess(actor.role, role)) forbidden();
  return actor;
}

/** What a write records about its author in the created record's `meta_data`. */
export function actorMetadata(actor: Actor): { created_by: string; created_via: string } {
  return {
    created_by: actor.mode === "demo" ? "demo" : (actor.email ?? actor.id),
    created_via: "ledger-desk",
  };
}
