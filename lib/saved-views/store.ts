import "server-only";
import { randomBytes } from "node:crypto";
import { type Kysely, sql, type Transaction } from "kysely";
import type { AppTables } from "@/lib/db";
import { FILTER_TABLES, type FilterTable } from "@/lib/filters/fields";
import type { SavedView } from "./schema";

// Saved views in Ledger Desk's own database (lib/db). Every read and change that belongs to a person names
// them: another person's view is not there for them, whatever its ID. Only a view's link (page.ts) looks a
// view up by ID alone.

export type Db = Kysely<AppTables> | Transaction<AppTables>;
type Row = AppTables["ledger_desk_saved_view"];
export type StoredView = SavedView & { userId: string };

// With a second key per person and table: their creates and renames take turns, so the count limit and the
// name check hold however many dashboard processes share the database.
const VIEWS_LOCK = 726_354;

export const newViewId = () => `view_${randomBytes(8).toString("hex")}`;

const isTable = (value: string): value is FilterTable => (FILTER_TABLES as readonly string[]).includes(value);

function toView(row: Row): StoredView {
  return {
    id: row.id,
    userId: row.user_id,
    // The column is only ever written from a checked table name.
    table: isTable(row.table_name) ? row.table_name : "balances",
    name: row.name,
    description: row.description,
    filters: row.filters,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** The view without whose it is: what the browser gets. */
export function publicView({ userId: _, ...view }: StoredView): SavedView {
  return view;
}

/** One person's views of one table, oldest first (the order of their tabs). */
export async function listViews(db: Db, userId: string, table: FilterTable): Promise<StoredView[]> {
  const rows = await db
    .selectFrom("ledger_desk_saved_view")
    .selectAll()
    .where("user_id", "=", userId)
    .where("table_name", "=", table)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toView);
}

/** A view by ID, whoever's it is: for a view's link only. */
export async function findView(db: Db, id: string): Promise<StoredView | null> {
  const row = await db
    .selectFrom("ledger_desk_saved_view")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toView(row) : null;
}

/** `userId`'s view with this ID; null when there is none, or it is someone else's. */
export async function findOwnView(db: Db, userId: string, id: string): Promise<StoredView | null> {
  const row = await db
    .selectFrom("ledger_desk_saved_view")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row ? toView(row) : null;
}

/** `userId`'s view of `table` with this name, in any case. */
export async function findViewByName(
  db: Db,
  userId: string,
  table: FilterTable,
  name: string,
): Promise<StoredView | null> {
  const row = await db
    .selectFrom("ledger_desk_saved_view")
    .selectAll()
    .where("user_id", "=", userId)
    .where("table_name", "=", table)
    .where(sql<string>`lower(name)`, "=", name.toLowerCase())
    .executeTakeFirst();
  return row ? toView(row) : null;
}

export async function countViews(db: Db, userId: string, table: FilterTable): Promise<number> {
  const row = await db
    .selectFrom("ledger_desk_saved_view")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("user_id", "=", userId)
    .where("table_name", "=", table)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/**
 * Runs `work` in a transaction holding the lock on `userId`'s views of `table`. `work` must use the
 * transaction it is given only: on the embedded database a query on `db` would wait for this one to end.
 */
export function withViewsLock<T>(
  db: Kysely<AppTables>,
  userId: string,
  table: FilterTable,
  work: (trx: Transaction<AppTables>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${VIEWS_LOCK}, hashtext(${`${userId}:${table}`}))`.execute(trx);
    return work(trx);
  });
}

/** Stores a new view; false when the person already has one of that name here (the unique index answers). */
export async function insertView(db: Db, view: StoredView): Promise<boolean> {
  const result = await db
    .insertInto("ledger_desk_saved_view")
    .values({
      id: view.id,
      user_id: view.userId,
      table_name: view.table,
      name: view.name,
      description: view.description,
      filters: view.filters,
      created_at: String(view.createdAt),
      updated_at: String(view.updatedAt),
    })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Changes `userId`'s view; null when they have no view with this ID. */
export async function updateView(
  db: Db,
  userId: string,
  id: string,
  changes: Partial<Pick<SavedView, "name" | "description" | "filters">>,
  now: number,
): Promise<StoredView | null> {
  const row = await db
    .updateTable("ledger_desk_saved_view")
    .set({ ...changes, updated_at: String(now) })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .returningAll()
    .executeTakeFirst();
  return row ? toView(row) : null;
}

/** Removes `userId`'s view; null when they have no view with this ID. */
export async function deleteView(db: Db, userId: string, id: string): Promise<StoredView | null> {
  const row = await db
    .deleteFrom("ledger_desk_saved_view")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .returningAll()
    .executeTakeFirst();
  return row ? toView(row) : null;
}
