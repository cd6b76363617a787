"use server";

import type { z } from "zod";
import { defineAction, fieldErrorsFromIssues } from "@/lib/actions/define";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import { logError } from "@/lib/logging/log";
import {
  createSavedViewFor,
  deleteSavedViewFor,
  renameSavedViewFor,
  saveSavedViewChangesFor,
} from "./changes";
import {
  createSavedViewSchema,
  deleteSavedViewSchema,
  MESSAGES,
  renameSavedViewSchema,
  type SavedViewField,
  saveSavedViewChangesSchema,
} from "./schema";

// Saved views (product.md §11) are the person's own, not Blnk writes: anyone signed in with a role keeps
// them ("viewer"). Actions are public POST endpoints: every input is parsed on the server first, and the
// work (changes.ts) only ever touches the caller's own views.

const FIELDS = new Set<string>(["name", "description", "filters"]);

/** A field's first problem beside it; the filters (no field of a dialog) also as the form's message. */
function invalid(issues: readonly z.core.$ZodIssue[]): ActionFailure<SavedViewField> {
  const fieldErrors = fieldErrorsFromIssues<SavedViewField>(issues, FIELDS);
  const isFieldsOnly = issues.every((issue) => FIELDS.has(String(issue.path[0] ?? "")));
  const error = fieldErrors.filters ?? (isFieldsOnly ? MESSAGES.invalid : MESSAGES.invalidRequest);
  return { ok: false, error, fieldErrors };
}

/**
 * The work, with a failure it did not word (the database down, say) logged and answered in plain words:
 * never a stack or a 500 for the browser.
 */
function safely<I, R>(action: string, work: (input: I, actor: Actor) => Promise<R>) {
  return async (input: I, actor: Actor): Promise<R | ActionFailure<SavedViewField>> => {
    try {
      return await work(input, actor);
    } catch (error) {
      logError("saved_view_failed", error, { action });
      return { ok: false, error: MESSAGES.failed };
    }
  };
}

/** A saved-view action: anyone with a role, the input parsed with `schema`, then `work`, done safely. */
function viewAction<S extends z.ZodType, R extends ActionResult<unknown, SavedViewField>>(
  action: string,
  schema: S,
  work: (input: z.output<S>, actor: Actor) => Promise<R>,
) {
  return defineAction("viewer", schema, safely(action, work), { invalid });
}

/** "Save as view": `{ table, name, description?, filters }`; the same view sent twice is stored once. */
export const createSavedView = viewAction("saved_view.create", createSavedViewSchema, createSavedViewFor);

/** "Save changes": `{ id, filters }`. */
export const saveSavedViewChanges = viewAction(
  "saved_view.update",
  saveSavedViewChangesSchema,
  saveSavedViewChangesFor,
);

/** "Rename view": `{ id, name, description? }`. */
export const renameSavedView = viewAction("saved_view.rename", renameSavedViewSchema, renameSavedViewFor);

/** "Delete view": `{ id }`. */
export const deleteSavedView = viewAction("saved_view.delete", deleteSavedViewSchema, deleteSavedViewFor);
