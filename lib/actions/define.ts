import "server-only";
import type { z } from "zod";
import { type Actor, requireActionRole } from "@/lib/auth/actor";
import type { Access } from "@/lib/auth/roles";
import { type BlnkResult, blnkResult } from "@/lib/blnk";
import type { ActionFailure, ActionResult, FieldErrors } from "./result";

// Every server action is made by `defineAction`: the role is checked (401/403 before anything else), the
// input is parsed with the action's zod schema, and only then does the body run, with typed input and the
// actor. lib/actions/actions.test.ts fails when an exported action is not made here.

export const ACTION_BRAND = Symbol.for("ledger-desk.action");

export type Action<R extends ActionResult<unknown>> = ((input: unknown) => Promise<R>) & {
  [ACTION_BRAND]: { role: Access };
};

/**
 * A server action: `role` checked, `input` parsed with `schema`, then `body`. `invalid` words the answer to
 * input that does not parse (by default: a form-level sentence and the first message per field).
 */
export function defineAction<S extends z.ZodType, R extends ActionResult<unknown>>(
  role: Access,
  schema: S,
  body: (input: z.output<S>, actor: Actor) => Promise<R>,
  options: { invalid?: (issues: readonly z.core.$ZodIssue[]) => NoInfer<Extract<R, { ok: false }>> } = {},
): Action<R> {
  const action = async (input: unknown): Promise<R> => {
    const actor = await requireActionRole(role);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      // Without `invalid`, R is an ActionResult whose failure accepts any field names.
      return options.invalid?.(parsed.error.issues) ?? (invalidInput(parsed.error.issues) as R);
    }
    return body(parsed.data, actor);
  };
  return Object.assign(action, { [ACTION_BRAND]: { role } });
}

/** The first message per top-level field, and a form-level sentence. */
export function invalidInput<F extends string = string>(
  issues: readonly z.core.$ZodIssue[],
  message = "The request is not valid. Reload the page and try again.",
): ActionFailure<F> {
  return { ok: false, error: message, fieldErrors: fieldErrorsFromIssues<F>(issues) };
}

/** `invalid` for a form a person fills in: the first message per field, and a sentence to check them. */
export function invalidForm<F extends string>(issues: readonly z.core.$ZodIssue[]): ActionFailure<F> {
  return invalidInput<F>(issues, "The form data is not valid. Check the fields and try again.");
}

/** zod issues → the first message of each field (by the first path segment), optionally only `fields`. */
export function fieldErrorsFromIssues<F extends string = string>(
  issues: readonly z.core.$ZodIssue[],
  fields?: ReadonlySet<string>,
): FieldErrors<F> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "");
    if (field && (!fields || fields.has(field))) errors[field] ??= issue.message;
  }
  return errors as FieldErrors<F>;
}

/** A Blnk read as an action result: the data, or the failure in plain words with the Blnk error beside it. */
export async function fromBlnk<T>(load: () => Promise<T>): Promise<ActionResult<T>> {
  return fromBlnkResult(await blnkResult(load));
}

export function fromBlnkResult<T>(result: BlnkResult<T>): ActionResult<T> {
  if (result.ok) return result;
  return { ok: false, error: result.error.userMessage, blnkError: result.error };
}
