import { describe, expect, it } from "vitest";
import { balanceListRowJson, individualJson, organizationJson } from "@/lib/blnk/test-fixtures";
import { coreError, filterPage, json, type RecordedRequest, testServerForFile } from "@/lib/blnk/test-server";
import { NO_TOTAL_REASON } from "@/lib/format/count";
import { type IdentityRow, loadIdentitiesPage, withBalanceCounts } from "./queries";

// The Identities list's loader against a real HTTP server answering like Core, to pin the requests it makes.
const { server } = testServerForFile({ env: {} });

type Body = { filters: { field: string }[]; logical_operator?: string; offset: number; limit: number };
const bodyOf = (request: RecordedRequest) => JSON.parse(request.body) as Body;
const isFullName = (body: Body) => body.logical_operator !== "or" && body.filters.length === 2;
const filterRequests = () => server.requests.filter((r) => r.path === "/identities/filter").map(bodyOf);

describe("loadIdentitiesPage", () => {
  it("pages all identities newest first through the filter endpoint, with the count", async () => {
    server.on("POST /identities/filter", filterPage([individualJson], 41));
    const result = await loadIdentitiesPage({ q: "", page: 3 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data).toMatchObject({ totalCount: 41, page: 3, pageSize: 20 });
    expect(result.data.rows).toEqual([
      {
        id: "idt_7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
        name: "Ada Lovelace",
        type: "Individual",
        email: "ada@example.com",
        country: "United Kingdom",
        createdAt: "2026-08-01T12:00:00Z",
      },
    ]);
    expect(filterRequests()).toEqual([
      expect.objectContaining({
        filters: [],
        limit: 20,
        offset: 40,
        sort_by: "created_at",
        sort_order: "desc",
      }),
    ]);
  });

  it("lists 'First Last' matches first, then other matches once, and adds up both counts", async () => {
    server.on("POST /identities/filter", (request) =>
      isFullName(bodyOf(request))
        ? filterPage([individualJson], 1)
        : filterPage([individualJson, organizationJson], 2),
    );
    const result = await loadIdentitiesPage({ q: "ada lovelace", page: 1 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.rows.map((row) => row.name)).toEqual(["Ada Lovelace", "Acme Ltd"]);
    expect(result.data.totalCount).toBe(3);
    const [byName, byField] = filterRequests();
    expect(byName).toMatchObject({ offset: 0, limit: 20 });
    expect(byField).toMatchObject({ logical_operator: "or", offset: 0, limit: 19 });
  });

  it("places a later page after the last full-name match even though Core gives no count past the end", async () => {
    server.on("POST /identities/filter", (request) => {
      const body = bodyOf(request);
      if (!isFullName(body)) return filterPage([organizationJson], 30);
      // Core omits total_count (and sends null data) for an empty page.
      return body.offset === 0 ? filterPage([individualJson], 5) : json(200, `{"data":null}`);
    });
    const result = await loadIdentitiesPage({ q: "ada lovelace", page: 2 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.rows.map((row) => row.name)).toEqual(["Acme Ltd"]);
    expect(result.data.totalCount).toBe(35);
    const requests = filterRequests();
    expect(requests).toHaveLength(3);
    expect(requests[2]).toMatchObject({ logical_operator: "or", offset: 15, limit: 20 });
  });
});

describe("withBalanceCounts", () => {
  const row = (id: string): IdentityRow => ({
    id,
    name: id,
    type: "",
    email: "",
    country: "",
    createdAt: "",
  });
  const ownerOf = (request: RecordedRequest) =>
    (JSON.parse(request.body) as { filters: { value: string }[] }).filters[0]?.value;

  it("asks Core per row (identity_id eq, limit 1, include_count) and reads total_count; none with no rows is 0", async () => {
    server.on("POST /balances/filter", (request) => {
      switch (ownerOf(request)) {
        case "idt_two":
          return filterPage([balanceListRowJson], 2);
        case "idt_null":
          // Core's answer when nothing matches: `data` null and no total_count.
          return json(200, `{"data":null}`);
        default:
          return json(200, `{"data":[]}`);
      }
    });
    const rows = withBalanceCounts([row("idt_two"), row("idt_null"), row("idt_empty")]);
    expect(await Promise.all(rows.map((r) => r.balances))).toEqual([
      { count: 2 },
      { count: 0 },
      { count: 0 },
    ]);
    const bodies = server.requests
      .filter((r) => r.path === "/balances/filter")
      .map((r) => JSON.parse(r.body));
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).toEqual({
      filters: [{ field: "identity_id", operator: "eq", value: "idt_two" }],
      include_count: true,
      limit: 1,
      offset: 0,
    });
  });

  it("a read-only key (403 on /filter, Core's GET list has no total) gives a reason, never a number", async () => {
    server.on(
      "POST /balances/filter",
      coreError(403, "AUTH_INSUFFICIENT_PERMISSIONS", "Insufficient permissions for balances:write"),
    );
    server.on("GET /balances", json(200, `[${balanceListRowJson}]`));
    const [counted] = withBalanceCounts([row("idt_one")]);
    expect(await counted?.balances).toEqual({ count: null, reason: NO_TOTAL_REASON });
  });

  it("a failed count says why and does not fail the table", async () => {
    server.on(
      "POST /balances/filter",
      coreError(403, "AUTH_INSUFFICIENT_PERMISSIONS", "Insufficient permissions for identities:read"),
    );
    const [counted] = withBalanceCounts([row("idt_one")]);
    expect(await counted?.balances).toEqual({
      count: null,
      reason: "Not counted: Your Blnk API key lacks identities:read.",
    });
  });
});
