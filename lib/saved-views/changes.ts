import "server-only";
import type { Kysely } from "kysely";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { type AuditedAction, auditActor, auditAttempt, auditOutcome } from "@/lib/audit/trail";
import type { Actor } from "@/lib/auth/actor";
import { hasAccess } from "@/lib/auth/roles";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { type AppTables, appDb } from "@/lib/db";
import type { FilterTable } from "@/lib/filters/fields";
import { logError } from "@/lib/logging/log";
import { viewFilters } from "./filters";
import {
  type CreateSavedViewInput,
  type DeleteSavedViewInput,
  type DeleteSavedViewResult,
  MESSAGES,
  type RenameSavedViewInput,
  SAVED_VIEW_LIMITS,
  type SavedViewField,
  type SavedViewResult,
  type SavedViewsResult,
  type SaveSavedViewChangesInput,
  sameViewFilters,
} from "./schema";
import {
  countViews,
  type Db,
  deleteView,
  findOwnView,
  findViewByName,
  insertView,
  listViews,
  newViewId,
  publicView,
  type StoredView,
  updateView,
  withViewsLock,
} from "./store";

// The work behind the saved-view actions (actions.ts parses the input and checks the role first). Each works
// on the actor's own views only, and each change is in the audit log: its attempt with what is stored, then
// its outcome. Refusals found before anything is attempted (a taken name, filters that do not parse) are not.

type Failure = ActionFailure<SavedViewField>;
type Outcome<R> = { outcome: string; recordId?: string; result: R };

const RECORD_TYPE = "saved_view";
const notFound = (): Failure => ({ ok: false, error: MESSAGES.notFound });
const nameTaken = (): Failure => ({ ok: false, error: null, fieldErrors: { name: MESSAGES.duplicateName } });
const badFilters = (error: string): Failure => ({ ok: false, error, fieldErrors: { filters: error } });
const saved = (view: StoredView): { ok: true; data: ReturnType<typeof publicView> } => ({
  ok: true,
  data: publicView(view),
});

/** Saved views are for anyone signed in with a role; defineAction checks this first, and so does this. */
function refusedRole(actor: Actor): Failure | null {
  return hasAccess(actor.role, "viewer") ? null : { ok: false, error: MESSAGES.noRole };
}

type OwnView = { database: Kysely<AppTables>; view: StoredView };

/**
 * A change to the caller's own view `input.id`: `change` runs with that view and the database it is in; no
 * role, or another's or no view, answers a failure without running it.
 */
function onOwnView<I extends { id: string }, R extends ActionResult<unknown, SavedViewField>>(
  change: (input: I, actor: Actor, own: OwnView) => Promise<R>,
) {
  return async (input: I, actor: Actor, db?: Kysely<AppTables>): Promise<R | Failure> => {
    const refused = refusedRole(actor);
    if (refused) return refused;
    const database = db ?? (await appDb());
    const view = await findOwnView(database, actor.id, input.id);
    return view ? change(input, actor, { database, view }) : notFound();
  };
}

/** An update's outcome: the view as it is now, or gone (deleted meanwhile). */
function savedOrGone(updated: Parameters<typeof saved>[0] | null): Outcome<SavedViewResult> {
  return updated ? { outcome: "ok", result: saved(updated) } : { outcome: "not_found", result: notFound() };
}

/** `change`, between its attempt and its outcome in the audit log; nothing changes when the attempt is not stored. */
async function audited<R extends ActionResult<unknown, SavedViewField>>(
  actor: Actor,
  what: Omit<AuditedAction, "recordType">,
  change: () => Promise<Outcome<R>>,
): Promise<R | Failure> {
  const who = await auditActor(actor);
  const attempt = await auditAttempt(who, { ...what, recordType: RECORD_TYPE });
  if (!attempt) return { ok: false, error: MESSAGES.auditUnavailable };
  try {
    const { outcome, recordId, result } = await change();
    await auditOutcome(who, attempt, outcome, recordId);
    return result;
  } catch (error) {
    await auditOutcome(who, attempt, "error");
    logError("saved_view_failed", error, { action: what.action });
    return { ok: false, error: MESSAGES.failed };
  }
}

/** The caller's own views of `table`, oldest first. */
export async function listSavedViewsFor(
  input: { table: FilterTable },
  actor: Actor,
  db?: Kysely<AppTables>,
): Promise<SavedViewsResult> {
  const refused = refusedRole(actor);
  if (refused) return refused;
  const views = await listViews(db ?? (await appDb()), actor.id, input.table);
  return { ok: true, data: views.map(publicView) };
}

type Wanted = { name: string; description: string; filters: string };

/** Why this create stores nothing: the same view is there already (a double click), the name is taken, or the limit. */
async function blockedCreate(
  db: Db,
  userId: string,
  table: FilterTable,
  wanted: Wanted,
): Promise<Outcome<SavedViewResult> | null> {
  const existing = await findViewByName(db, userId, table, wanted.name);
  if (existing) {
    const isSame =
      existing.name === wanted.name &&
      existing.description === wanted.description &&
      sameViewFilters(existing.filters, wanted.filters);
    return isSame
      ? { outcome: "already_saved", recordId: existing.id, result: saved(existing) }
      : { outcome: "duplicate_name", result: nameTaken() };
  }
  if ((await countViews(db, userId, table)) >= SAVED_VIEW_LIMITS.perTable) {
    return { outcome: "limit_reached", result: { ok: false, error: MESSAGES.limit } };
  }
  return null;
}

/**
 * "Save as view": a new view of the caller's. Exactly once: the same view sent twice (a double click) answers
 * with the one stored; another view under a taken name is a field error.
 */
export async function createSavedViewFor(
  input: CreateSavedViewInput,
  actor: Actor,
  db?: Kysely<AppTables>,
): Promise<SavedViewResult> {
  const refused = refusedRole(actor);
  if (refused) return refused;
  const checked = viewFilters(input.table, input.filters, getPrecisionTable());
  if (!checked.ok) return badFilters(checked.error);
  const database = db ?? (await appDb());
  const { table } = input;
  const wanted: Wanted = { name: input.name, description: input.description ?? "", filters: checked.filters };
  const early = await blockedCreate(database, actor.id, table, wanted);
  if (early) return early.result;
  const now = Date.now();
  const view: StoredView = {
    id: newViewId(),
    userId: actor.id,
    table,
    ...wanted,
    createdAt: now,
    updatedAt: now,
  };
  const what = { action: "saved_view.create", recordId: view.id, request: { table, ...wanted } };
  return audited(actor, what, () =>
    withViewsLock(database, actor.id, table, async (trx): Promise<Outcome<SavedViewResult>> => {
      const blocked = await blockedCreate(trx, actor.id, table, wanted);
      if (blocked) return blocked;
      if (!(await insertView(trx, view))) return { outcome: "duplicate_name", result: nameTaken() };
      return { outcome: "ok", result: saved(view) };
    }),
  );
}

/** "Save changes": the caller's view with the filters now on the page. */
export const saveSavedViewChangesFor = onOwnView(async function saveChanges(
  input: SaveSavedViewChangesInput,
  actor,
  { database, view },
): Promise<SavedViewResult> {
  const checked = viewFilters(view.table, input.filters, getPrecisionTable());
  if (!checked.ok) return badFilters(checked.error);
  if (checked.filters === view.filters) return saved(view);
  const what = { action: "saved_view.update", recordId: view.id, request: { filters: checked.filters } };
  return audited(actor, what, async (): Promise<Outcome<SavedViewResult>> => {
    return savedOrGone(
      await updateView(database, actor.id, view.id, { filters: checked.filters }, Date.now()),
    );
  });
});

/** "Rename view": a new name, and the description (kept as it was when none is sent). */
export const renameSavedViewFor = onOwnView(async function rename(
  input: RenameSavedViewInput,
  actor,
  { database, view },
): Promise<SavedViewResult> {
  const changes = { name: input.name, description: input.description ?? view.description };
  if (changes.name === view.name && changes.description === view.description) return saved(view);
  const isTaken = async (on: Db) => {
    const other = await findViewByName(on, actor.id, view.table, changes.name);
    return other !== null && other.id !== view.id;
  };
  if (await isTaken(database)) return nameTaken();
  const what = { action: "saved_view.rename", recordId: view.id, request: changes };
  return audited(actor, what, () =>
    withViewsLock(database, actor.id, view.table, async (trx): Promise<Outcome<SavedViewResult>> => {
      if (await isTaken(trx)) return { outcome: "duplicate_name", result: nameTaken() };
      return savedOrGone(await updateView(trx, actor.id, view.id, changes, Date.now()));
    }),
  );
});

/** "Delete view": removes the caller's view. */
export const deleteSavedViewFor = onOwnView(async function remove(
  _input: DeleteSavedViewInput,
  actor,
  { database, view },
): Promise<DeleteSavedViewResult> {
  const what = {
    action: "saved_view.delete",
    recordId: view.id,
    request: { table: view.table, name: view.name },
  };
  return audited(actor, what, async (): Promise<Outcome<DeleteSavedViewResult>> => {
    const deleted = await deleteView(database, actor.id, view.id);
    return deleted
      ? { outcome: "ok", result: { ok: true, data: { id: view.id } } }
      : { outcome: "not_found", result: notFound() };
  });
});
