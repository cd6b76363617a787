import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { appDb, closeAppDatabase } from "@/lib/db";
import { appDbForFile } from "@/lib/test-support/app-db";
import { createSavedViewFor, listSavedViewsFor } from "./changes";
import { listViewsForPage, loadViewForPage } from "./page";
import { MESSAGES, type SavedView } from "./schema";
import { insertView, newViewId } from "./store";

// Opening saved views from pages, and views outliving the database's process, against an embedded database
// of this file's own (the changes reach it through the environment's settings).
const { database, open } = appDbForFile("saved-views-page-test-");
process.env.AUTH_DATA_DIR = database.dataDir;
delete process.env.DATABASE_URL;

const ANA: Actor = { id: "usr_ana", name: "Ana", email: "ana@example.com", role: "viewer", mode: "sign-in" };
const BEN: Actor = { ...ANA, id: "usr_ben", name: "Ben", email: "ben@example.com" };

async function create(actor: Actor, name: string, filters: string): Promise<SavedView> {
  const result = await createSavedViewFor({ table: "balances", name, filters }, actor);
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.data;
}

/** A view stored as it was once valid, with filters today's parser no longer takes. */
async function storeOutdated(filters: string): Promise<string> {
  const id = newViewId();
  const now = Date.now();
  await insertView(await open(), {
    id,
    userId: ANA.id,
    table: "balances",
    name: `Outdated ${id}`,
    description: "",
    filters,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

describe("loadViewForPage", () => {
  it("opens a view by its link for anyone on the page, with its filters as clauses", async () => {
    const view = await create(ANA, "Shared", "f.balance.gt=1000+USD&f.currency.eq=USD");
    const opened = await loadViewForPage("balances", view.id);
    expect(opened).toEqual({
      view,
      clauses: [
        { field: "balance", op: "gt", values: ["1000"], currency: "USD" },
        { field: "currency", op: "eq", values: ["USD"] },
      ],
    });
    // Ben's page lists his own tabs only, but Ana's link still opens for him.
    expect(await listViewsForPage("balances", BEN)).toEqual([]);
    expect((await loadViewForPage("balances", [view.id, "view_other"])).view).toEqual(view);
  });

  it("no view parameter is no view and no notice", async () => {
    expect(await loadViewForPage("balances", undefined)).toEqual({ view: null, clauses: [] });
    expect(await loadViewForPage("balances", "  ")).toEqual({ view: null, clauses: [] });
  });

  it("an unknown ID, a hand-edited one or another table's view opens nothing, with a notice", async () => {
    const gone = { view: null, clauses: [], notice: "That saved view no longer exists." };
    expect(await loadViewForPage("balances", "view_0000000000000000")).toEqual(gone);
    expect(await loadViewForPage("balances", `'; DROP TABLE ledger_desk_saved_view; --`)).toEqual(gone);
    expect(await loadViewForPage("balances", "x".repeat(10_000))).toEqual(gone);
    const view = await create(ANA, "Balances only", "");
    expect(await loadViewForPage("transactions", view.id)).toEqual(gone);
    expect(gone.notice).toBe(MESSAGES.notFound);
  });

  it("a view whose stored filters no longer parse opens with those that do, and a notice naming the rest", async () => {
    const id = await storeOutdated("f.currency.eq=USD&f.retired_field.eq=1&f.balance.gt=1.234+USD&f.x");
    const opened = await loadViewForPage("balances", id);
    expect(opened.view?.id).toBe(id);
    expect(opened.clauses).toEqual([{ field: "currency", op: "eq", values: ["USD"] }]);
    expect(opened.notice).toMatch(
      /^The saved view "Outdated view_[0-9a-f]+" opened without some of its filters\./,
    );
    expect(opened.notice).toContain('no field "retired_field"');
    expect(opened.notice).toContain("USD has 2 decimal places");
    expect(opened.notice).toContain('"f.x"');
  });

  it("stored text that is not a query string at all still opens, never throws", async () => {
    const id = await storeOutdated("%%%&&&==f.%E0%A4%A.eq=%ZZ&f.%00.eq=%00");
    const opened = await loadViewForPage("balances", id);
    expect(opened.view?.id).toBe(id);
    expect(opened.clauses).toEqual([]);
  });
});

describe("saved views in the database", () => {
  it("survive closing and reopening the database", async () => {
    const view = await create(ANA, "Lasting", "f.indicator.contains=%40%25");
    await closeAppDatabase();
    await appDb(database);
    const listed = await listSavedViewsFor({ table: "balances" }, ANA);
    expect(listed.ok && listed.data.find((item) => item.id === view.id)).toEqual(view);
    expect((await loadViewForPage("balances", view.id)).clauses).toEqual([
      { field: "indicator", op: "contains", values: ["@%"] },
    ]);
  });
});
