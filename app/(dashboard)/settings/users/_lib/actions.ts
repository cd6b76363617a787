"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import {
  addUserSchema,
  setRoleSchema,
  type UserActionResult,
} from "@/app/(dashboard)/settings/users/_lib/schema";
import { defineAction, fieldErrorsFromIssues } from "@/lib/actions/define";
import { type AuditedAction, auditActor, auditAttempt, auditOutcome } from "@/lib/audit/trail";
import type { Actor } from "@/lib/auth/actor";
import { getAuth } from "@/lib/auth/server";
import { logError } from "@/lib/logging/log";

// Admin-only: managing who may use Ledger Desk. defineAction checks the role; the sign-in library's admin
// functions are called from here only (their HTTP endpoints are closed, lib/auth/endpoints.ts).

const DEMO = "Demo mode has no users: set AUTH_SECRET to require sign-in first.";
const FAILED = "Ledger Desk could not save this. Try again; if it keeps happening, check the server logs.";
const USER_FIELDS = new Set(["email", "name", "role", "password"]);
const AUDIT_REFUSED =
  "Nothing was saved: the audit log could not be written. Try again; if it keeps failing, check Ledger Desk's database.";

/**
 * One admin call, in the audit log before and after (not made when its entry cannot be written), logged
 * (never shown) when it fails; the Users page is fetched again after it. `call` returns the user's ID.
 */
async function saveUsers(
  actor: Actor,
  what: AuditedAction,
  call: () => Promise<string | null>,
): Promise<UserActionResult> {
  const who = await auditActor(actor);
  const attempt = await auditAttempt(who, what);
  if (!attempt) return { ok: false, error: AUDIT_REFUSED };
  try {
    const userId = await call();
    await auditOutcome(who, attempt, "ok", userId);
  } catch (error) {
    await auditOutcome(who, attempt, "error");
    logError("user_admin_failed", error, { operation: what.action });
    return { ok: false, error: FAILED };
  }
  revalidatePath("/settings/users");
  return { ok: true, data: null };
}

export const addUserAction = defineAction(
  "admin",
  addUserSchema,
  async (input, actor): Promise<UserActionResult> => {
    if (actor.mode === "demo") return { ok: false, error: DEMO };
    const { auth } = await getAuth();
    const context = await auth.$context;
    if (await context.internalAdapter.findUserByEmail(input.email)) {
      const taken = "A user with this email exists.";
      return { ok: false, error: taken, fieldErrors: { email: taken } };
    }
    const what = { action: "user.create", recordType: "user", request: input };
    return saveUsers(actor, what, async () => {
      const created = await auth.api.createUser({ headers: await headers(), body: input });
      return created.user.id;
    });
  },
  {
    invalid: (issues) => ({
      ok: false,
      error: "Check the highlighted fields.",
      fieldErrors: fieldErrorsFromIssues(issues, USER_FIELDS),
    }),
  },
);

export const setUserRoleAction = defineAction(
  "admin",
  setRoleSchema,
  async (input, actor): Promise<UserActionResult> => {
    if (actor.mode === "demo") return { ok: false, error: DEMO };
    // An Admin cannot demote themselves: there must always be someone left who can manage users.
    if (input.userId === actor.id) return { ok: false, error: "You cannot change your own role." };
    const { auth } = await getAuth();
    const what = { action: "user.role_change", recordType: "user", recordId: input.userId, request: input };
    return saveUsers(actor, what, async () => {
      await auth.api.setRole({ headers: await headers(), body: input });
      return input.userId;
    });
  },
  { invalid: () => ({ ok: false, error: "Choose Viewer, Auditor, Operator or Admin." }) },
);
