import "server-only";
import type { UserRow } from "@/app/(dashboard)/settings/users/_lib/schema";
import type { Actor } from "@/lib/auth/actor";
import { getAuth } from "@/lib/auth/server";

/** Every account, newest first (a back office has tens of users, not thousands). */
export async function loadUsers(actor: Actor): Promise<UserRow[]> {
  const { auth } = await getAuth();
  const context = await auth.$context;
  const users = await context.internalAdapter.listUsers(500, 0, { field: "createdAt", direction: "desc" });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: (user as { role?: string | null }).role ?? null,
    createdAt: new Date(user.createdAt).toISOString(),
    isYou: user.id === actor.id,
  }));
}
