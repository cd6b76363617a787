import { describe, expect, it } from "vitest";
import { listAudit, verifyAuditChain } from "@/lib/audit/store";
import type { Actor } from "@/lib/auth/actor";
import type { FilterTable } from "@/lib/filters/fields";
import { appDbForFile } from "@/lib/test-support/app-db";
import { createSavedView, renameSavedView } from "./actions";
import {
  createSavedViewFor,
  deleteSavedViewFor,
  listSavedViewsFor,
  renameSavedViewFor,
  saveSavedViewChangesFor,
} from "./changes";
import { MESSAGES, SAVED_VIEW_LIMITS } from "./schema";
import { insertView, newViewId } from "./store";

// The saved-view changes against a real embedded database of this file's own. The audit log is reached
// through appDb() with the environment's settings, so they point at the same directory.
const { database, open } = appDbForFile("saved-views-test-");
process.env.AUTH_DATA_DIR = database.dataDir;
delete process.env.DATABASE_URL;

const person = (id: string, role: Actor["role"] = "viewer"): Actor => ({
  id,
  name: id,
  email: `${id}@example.com`,
  role,
  mode: "sign-in",
});
const ANA = person("usr_ana");
const BEN = person("usr_ben", "admin");

async function create(
  actor: Actor,
  name: string,
  filters = "f.currency.eq=USD",
  table: FilterTable = "balances",
) {
  const result = await createSavedViewFor({ table, name, filters }, actor);
  if (!result.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.data;
}

const auditOf = (recordId: string) => listAudit({ filters: { recordId }, limit: 20, offset: 0 });

describe("saved views are each person's own", () => {
  it("lists only the caller's views; another person cannot change or delete them and learns nothing", async () => {
    const mine = await create(ANA, "Mine");
    await create(BEN, "His");
    const listed = await listSavedViewsFor({ table: "balances" }, ANA);
    expect(listed.ok && listed.data.map((view) => view.name)).toEqual(["Mine"]);
    expect(listed.ok && Object.keys(listed.data[0] ?? {})).not.toContain("userId");

    const notFound = { ok: false, error: MESSAGES.notFound };
    expect(await saveSavedViewChangesFor({ id: mine.id, filters: "" }, BEN)).toEqual(notFound);
    expect(await renameSavedViewFor({ id: mine.id, name: "Taken over" }, BEN)).toEqual(notFound);
    expect(await deleteSavedViewFor({ id: mine.id }, BEN)).toEqual(notFound);
    expect(await deleteSavedViewFor({ id: "view_0000000000000000" }, BEN)).toEqual(notFound);
    const after = await listSavedViewsFor({ table: "balances" }, ANA);
    expect(after.ok && after.data).toEqual([mine]);
    // Nothing was attempted on her view by him.
    expect((await auditOf(mine.id)).every((entry) => entry.actorId === ANA.id)).toBe(true);
  });

  it("keeps views per table: a name used on Balances is free on Transactions", async () => {
    await create(ANA, "Per table");
    const other = await create(ANA, "Per table", "f.status.eq=INFLIGHT", "transactions");
    expect(other.table).toBe("transactions");
    const listed = await listSavedViewsFor({ table: "transactions" }, ANA);
    expect(listed.ok && listed.data.map((view) => view.filters)).toEqual(["f.status.eq=INFLIGHT"]);
  });

  it("a person without a role keeps no views", async () => {
    const nobody = person("usr_nobody", null);
    expect(await listSavedViewsFor({ table: "balances" }, nobody)).toEqual({
      ok: false,
      error: MESSAGES.noRole,
    });
    expect(await createSavedViewFor({ table: "balances", name: "x", filters: "" }, nobody)).toMatchObject({
      ok: false,
    });
  });
});

describe("Save as view", () => {
  it("stores the filters in their canonical form, with the name and description trimmed by the schema", async () => {
    const result = await createSavedView({
      table: "balances",
      name: "  Big USD  ",
      description: " over a thousand ",
      filters: "?page=3&f.balance.gt=1000 usd&f.currency.in=USD, EUR",
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        id: expect.stringMatching(/^view_[0-9a-f]{16}$/),
        table: "balances",
        name: "Big USD",
        description: "over a thousand",
        filters: "f.balance.gt=1000+USD&f.currency.in=USD%2CEUR",
      },
    });
  });

  it("a double click stores the view once and both clicks get it", async () => {
    const input = { table: "balances" as const, name: "Twice", filters: "f.currency.eq=EUR" };
    const [first, second] = await Promise.all([
      createSavedViewFor(input, ANA),
      createSavedViewFor(input, ANA),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
    const listed = await listSavedViewsFor({ table: "balances" }, ANA);
    expect(listed.ok && listed.data.filter((view) => view.name === "Twice")).toHaveLength(1);
  });

  it("a name the person already uses here, in any case, is an error at the name; nothing is stored", async () => {
    await create(ANA, "Duplicate");
    const again = await createSavedViewFor({ table: "balances", name: "duplicate", filters: "" }, ANA);
    expect(again).toEqual({ ok: false, error: null, fieldErrors: { name: MESSAGES.duplicateName } });
    // Someone else may use the same name.
    await create(BEN, "Duplicate");
  });

  it("refuses a 10,000-character name, a long description and filters over 4000 characters, field by field", async () => {
    const result = await createSavedView({
      table: "balances",
      name: "x".repeat(10_000),
      description: "d".repeat(301),
      filters: `f.indicator.eq=${"a".repeat(4000)}`,
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: "Use at most 80 characters.",
        description: "Use at most 300 characters.",
        filters: "A view's filters are at most 4000 characters.",
      },
    });
    expect(await createSavedView({ table: "balances", name: "   ", filters: "" })).toMatchObject({
      ok: false,
      error: MESSAGES.invalid,
      fieldErrors: { name: "Enter a name." },
    });
    expect(await createSavedView({ table: "accounts", name: "x", filters: "" })).toMatchObject({
      ok: false,
      error: MESSAGES.invalidRequest,
    });
    expect(await createSavedView("not a form")).toMatchObject({ ok: false, error: MESSAGES.invalidRequest });
    // Postgres stores no NUL: refused at the field, never a failed query.
    expect(await createSavedView({ table: "balances", name: "a\u0000b", filters: "" })).toMatchObject({
      fieldErrors: { name: "Use no tabs, line breaks or other control characters." },
    });
    expect(await renameSavedView({ id: "view_\u0000", name: "x" })).toMatchObject({
      error: MESSAGES.invalidRequest,
    });
    // A NUL inside a filter value is kept, percent-encoded, like any other character.
    const nul = await createSavedView({ table: "balances", name: "NUL", filters: "f.indicator.eq=a\u0000b" });
    expect(nul).toMatchObject({ ok: true, data: { filters: "f.indicator.eq=a%00b" } });
  });

  it.each([
    ["an unknown field", "f.nope.eq=1", 'The filter "f.nope.eq" cannot be saved: There is no field "nope"'],
    ["an unknown operator", "f.balance.like=1", '"like" is not an operator'],
    ["an operator the field has not", "f.currency.gt=USD", "Currency cannot be filtered that way."],
    ["too many decimals", "f.balance.gt=12.345+USD", "USD has 2 decimal places"],
    ["a backwards range", "f.created_at.between=2026-02-01,2026-01-01", "put the earlier date first"],
    ["an over-long value", `f.indicator.eq=${"x".repeat(300)}`, "at most 200 characters"],
  ])("refuses filters with %s, naming the filter", async (_case, filters, message) => {
    const result = await createSavedViewFor(
      { table: "balances", name: `Bad ${filters.slice(0, 20)}`, filters },
      ANA,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.filters).toContain(message);
    expect(!result.ok && result.error).toContain(message);
  });

  it(`keeps at most ${SAVED_VIEW_LIMITS.perTable} views per person and table`, async () => {
    const many = person("usr_many");
    const db = await open();
    const now = Date.now();
    for (let i = 1; i < SAVED_VIEW_LIMITS.perTable; i++) {
      const view = {
        id: newViewId(),
        table: "balances" as const,
        name: `View ${i}`,
        description: "",
        filters: "",
      };
      await insertView(db, { ...view, userId: many.id, createdAt: now, updatedAt: now });
    }
    await create(many, "The hundredth");
    expect(await createSavedViewFor({ table: "balances", name: "One more", filters: "" }, many)).toEqual({
      ok: false,
      error: MESSAGES.limit,
    });
    await create(many, "On another table", "", "ledgers");
  });
});

describe("changing a view", () => {
  it("Save changes, rename and delete change it, each checked like a create", async () => {
    const view = await create(ANA, "To change");
    await create(ANA, "Other");
    const changed = await saveSavedViewChangesFor({ id: view.id, filters: "f.balance.lt=0+USD" }, ANA);
    expect(changed).toMatchObject({ ok: true, data: { filters: "f.balance.lt=0+USD" } });
    expect(await saveSavedViewChangesFor({ id: view.id, filters: "f.nope.eq=1" }, ANA)).toMatchObject({
      ok: false,
      fieldErrors: { filters: expect.stringContaining('no field "nope"') },
    });
    expect(await renameSavedViewFor({ id: view.id, name: "OTHER" }, ANA)).toEqual({
      ok: false,
      error: null,
      fieldErrors: { name: MESSAGES.duplicateName },
    });
    expect(await renameSavedView({ id: view.id, name: "y".repeat(10_000) })).toMatchObject({
      fieldErrors: { name: "Use at most 80 characters." },
    });
    const renamed = await renameSavedViewFor({ id: view.id, name: "Changed", description: "now" }, ANA);
    expect(renamed).toMatchObject({ ok: true, data: { name: "Changed", description: "now" } });
    // A new case of its own name is no clash with itself.
    expect(await renameSavedViewFor({ id: view.id, name: "CHANGED" }, ANA)).toMatchObject({
      ok: true,
      data: { name: "CHANGED", description: "now" },
    });
    expect(await deleteSavedViewFor({ id: view.id }, ANA)).toEqual({ ok: true, data: { id: view.id } });
    expect(await deleteSavedViewFor({ id: view.id }, ANA)).toEqual({ ok: false, error: MESSAGES.notFound });
  });

  it("writes each change to the audit log: its attempt with what is stored, then its outcome", async () => {
    const view = await create(ANA, "Audited");
    await saveSavedViewChangesFor({ id: view.id, filters: "f.currency.eq=GBP" }, ANA);
    await renameSavedViewFor({ id: view.id, name: "Audited 2", description: "d" }, ANA);
    await deleteSavedViewFor({ id: view.id }, ANA);
    const entries = (await auditOf(view.id)).reverse();
    expect(
      entries.map((entry) => [entry.action, entry.outcome, entry.request, entry.recordType, entry.actorId]),
    ).toEqual([
      [
        "saved_view.create",
        "attempted",
        '{"description":"","filters":"f.currency.eq=USD","name":"Audited","table":"balances"}',
        "saved_view",
        ANA.id,
      ],
      ["saved_view.create", "ok", null, "saved_view", ANA.id],
      ["saved_view.update", "attempted", '{"filters":"f.currency.eq=GBP"}', "saved_view", ANA.id],
      ["saved_view.update", "ok", null, "saved_view", ANA.id],
      ["saved_view.rename", "attempted", '{"description":"d","name":"Audited 2"}', "saved_view", ANA.id],
      ["saved_view.rename", "ok", null, "saved_view", ANA.id],
      ["saved_view.delete", "attempted", '{"name":"Audited 2","table":"balances"}', "saved_view", ANA.id],
      ["saved_view.delete", "ok", null, "saved_view", ANA.id],
    ]);
    expect(entries[1]?.attemptSeq).toBe(entries[0]?.seq);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
