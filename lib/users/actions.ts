"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireActionRole } from "@/lib/auth/actor";
import { getAuth } from "@/lib/auth/server";
import { addUserSchema, setRoleSchema, type UserActionResult } from "./schema";

// Admin-only: managing who may use Ledger Desk. Each action checks the role itself, and the sign-in library's
// admin endpoints check it again from the same session.

const DEMO = "Demo mode has no users: set AUTH_SECRET to require sign-in first.";
const FAILED = "Ledger Desk could not save this. Try again; if it keeps happening, check the server logs.";

export async function addUserAction(input: unknown): Promise<UserActionResult> {
  const actor = await requireActionRole("admin");
  if (actor.mode === "demo") return { ok: false, error: DEMO };
  const parsed = addUserSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: NonNullable<Extract<UserActionResult, { ok: false }>["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "email" || field === "name" || field === "role" || field === "password") {
        fieldErrors[field] ??= issue.message;
      }
    }
    return { ok: false, error: "Check the highlighted fields.", fieldErrors };
  }
  const { auth } = await getAuth();
  const context = await auth.$context;
  if (await context.internalAdapter.findUserByEmail(parsed.data.email)) {
    return {
      ok: false,
      error: "A user with this email exists.",
      fieldErrors: { email: "A user with this email exists." },
    };
  }
  try {
    await auth.api.createUser({ headers: await headers(), body: parsed.data });
  } catch (error) {
    logFailure("add_user", error);
    return { ok: false, error: FAILED };
  }
  revalidatePath("/settings/users");
  return { ok: true };
}

export async function setUserRoleAction(input: unknown): Promise<UserActionResult> {
  const actor = await requireActionRole("admin");
  if (actor.mode === "demo") return { ok: false, error: DEMO };
  const parsed = setRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Choose Viewer, Operator or Admin." };
  // An Admin cannot demote themselves: there must always be someone left who can manage users.
  if (parsed.data.userId === actor.id) return { ok: false, error: "You cannot change your own role." };
  const { auth } = await getAuth();
  try {
    await auth.api.setRole({ headers: await headers(), body: parsed.data });
  } catch (error) {
    logFailure("set_role", error);
    return { ok: false, error: FAILED };
  }
  revalidatePath("/settings/users");
  return { ok: true };
}

function logFailure(operation: string, error: unknown) {
  console.error(
    JSON.stringify({
      level: "error",
      event: "user_admin_failed",
      operation,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
}
