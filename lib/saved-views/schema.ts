import type { ActionResult } from "@/lib/actions/result";
import { FILTER_TABLES } from "@/lib/filters/fields";
import { z } from "@/lib/zod";
import type { SavedView } from "./view";

// Saved views (product.md §11): one person's named filters of one table, stored in Ledger Desk's database.
// One schema for the dialogs in the browser and the server actions; browser-safe.

export const SAVED_VIEW_LIMITS = { name: 80, description: 300, filters: 4000, perTable: 100 } as const;

export type { SavedView } from "./view";
export { sameViewFilters, savedViewHref } from "./view";

export const MESSAGES = {
  notFound: "That saved view no longer exists.",
  duplicateName: "You already have a view with this name here. Choose another name.",
  limit: `You have ${SAVED_VIEW_LIMITS.perTable} saved views on this table, the most there can be. Delete one first.`,
  auditUnavailable:
    "Nothing was saved: the audit log could not be written. Try again; if it keeps failing, ask an Admin to check Ledger Desk's database.",
  failed: "Ledger Desk could not save the view. Try again; if it keeps happening, check the server logs.",
  noRole: "Your account has no role yet, so it cannot keep saved views. Ask an Admin for one.",
  invalid: "Check the highlighted fields.",
  invalidRequest: "The request is not valid. Reload the page and try again.",
} as const;

const tableSchema = z.enum(FILTER_TABLES, { error: "The table is not one that can be filtered." });

const idSchema = z
  .string({ error: "The view is not valid." })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, "The view is not valid.");

// Postgres cannot store a NUL, and a tab or line break in a tab's name is never meant.
const CONTROL = /\p{Cc}/u;

export const viewNameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(SAVED_VIEW_LIMITS.name, `Use at most ${SAVED_VIEW_LIMITS.name} characters.`)
  .refine((text) => !CONTROL.test(text), "Use no tabs, line breaks or other control characters.");

const descriptionSchema = z
  .string({ error: "The description is not valid." })
  .trim()
  .max(SAVED_VIEW_LIMITS.description, `Use at most ${SAVED_VIEW_LIMITS.description} characters.`)
  .refine((text) => !CONTROL.test(text), "Use no tabs, line breaks or other control characters.")
  .optional();

/** The filters as sent; whether they are filters at all is checked on the server (lib/saved-views/filters.ts). */
const filtersSchema = z
  .string({ error: "The filters are not valid." })
  .max(SAVED_VIEW_LIMITS.filters, `A view's filters are at most ${SAVED_VIEW_LIMITS.filters} characters.`);

/** The "Save as view" and "Rename view" dialogs' fields. */
export const savedViewFormSchema = z.object({ name: viewNameSchema, description: descriptionSchema });
export type SavedViewFormValues = z.input<typeof savedViewFormSchema>;

export const listSavedViewsSchema = z.object({ table: tableSchema });
export const createSavedViewSchema = savedViewFormSchema.extend({
  table: tableSchema,
  filters: filtersSchema,
});
export const saveSavedViewChangesSchema = z.object({ id: idSchema, filters: filtersSchema });
export const renameSavedViewSchema = savedViewFormSchema.extend({ id: idSchema });
export const deleteSavedViewSchema = z.object({ id: idSchema });

export type CreateSavedViewInput = z.output<typeof createSavedViewSchema>;
export type SaveSavedViewChangesInput = z.output<typeof saveSavedViewChangesSchema>;
export type RenameSavedViewInput = z.output<typeof renameSavedViewSchema>;
export type DeleteSavedViewInput = z.output<typeof deleteSavedViewSchema>;

export type SavedViewField = "name" | "description" | "filters";
export type SavedViewResult = ActionResult<SavedView, SavedViewField>;
export type SavedViewsResult = ActionResult<SavedView[], SavedViewField>;
export type DeleteSavedViewResult = ActionResult<{ id: string }, SavedViewField>;
