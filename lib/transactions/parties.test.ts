import { describe, expect, it } from "vitest";
import { IDENTITY_ID, individualJson, LEDGER_ID, organizationJson } from "@/lib/blnk/test-fixtures";
import { coreError, json, type RecordedRequest, testServerForFile } from "@/lib/blnk/test-server";
import { loadParties } from "./parties";

// Who is behind each side of a page of transactions, against a stub Core: the balances in one
// `balance_id in […]` filter, their owners in one `identity_id in […]` filter, never a call per row.
const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "" } });

const PERSON_BALANCE = "bln_0b1c2d3e-4f50-4a6b-8c7d-000000000001";
const ORG_BALANCE = "bln_0b1c2d3e-4f50-4a6b-8c7d-000000000002";
const FEES_BALANCE = "bln_0b1c2d3e-4f50-4a6b-8c7d-000000000003";
const MISSING_BALANCE = "bln_0b1c2d3e-4f50-4a6b-8c7d-000000000004";
const OWNERLESS_BALANCE = "bln_0b1c2d3e-4f50-4a6b-8c7d-000000000005";
const GONE_OWNER_BALANCE = "bln_0b1c2d3e-4f50-4a6b-8c7d-000000000006";
const ORG_ID = "idt_org";

/** A POST /balances/filter row as Core's list select writes it (no version, lineage or strategy columns). */
function balanceRow(id: string, options: { identityId?: string; indicator?: string; currency?: string }) {
  const indicator = options.indicator ? `"indicator":"${options.indicator}",` : "";
  return `{"balance":100000000000000000000000000001,"version":0,"inflight_balance":0,
"credit_balance":100000000000000000000000000001,"inflight_credit_balance":0,"debit_balance":0,
"inflight_debit_balance":0,"ledger_id":"${LEDGER_ID}","identity_id":"${options.identityId ?? ""}",
"balance_id":"${id}",${indicator}"currency":"${options.currency ?? "USD"}","created_at":"2026-08-20T08:00:00Z",
"inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null,"track_fund_lineage":false}`;
}

type Filter = { field: string; operator: string; value?: string; values?: string[] };
const bodyOf = (request: RecordedRequest | undefined) =>
  JSON.parse(request?.body ?? "{}") as { filters: Filter[]; limit: number; include_count: boolean };
const callsTo = (path: string) => server.requests.filter((request) => request.path === path);

describe("loadParties", () => {
  it("resolves owners, organizations, internal and missing balances in one balances and one identities call", async () => {
    // Core answers in its own order, and leaves out the balance it does not have.
    server.on(
      "POST /balances/filter",
      json(
        200,
        `[${balanceRow(FEES_BALANCE, { indicator: "@Fees" })},${balanceRow(ORG_BALANCE, { identityId: ORG_ID, currency: "EUR" })},${balanceRow(PERSON_BALANCE, { identityId: IDENTITY_ID })}]`,
      ),
    );
    server.on("POST /identities/filter", json(200, `[${organizationJson},${individualJson}]`));

    const parties = await loadParties([
      PERSON_BALANCE,
      "@World",
      ORG_BALANCE,
      FEES_BALANCE,
      MISSING_BALANCE,
      // A page names the same side many times; and a side may be empty.
      PERSON_BALANCE,
      "@World",
      "",
    ]);

    expect(parties).toEqual({
      [PERSON_BALANCE]: {
        kind: "owner",
        balanceId: PERSON_BALANCE,
        name: "Ada Lovelace",
        identityId: IDENTITY_ID,
      },
      // organization_name, not the contact person's first and last name (Wile Coyote).
      [ORG_BALANCE]: { kind: "owner", balanceId: ORG_BALANCE, name: "Acme Ltd", identityId: ORG_ID },
      [FEES_BALANCE]: { kind: "internal", balanceId: FEES_BALANCE, indicator: "@Fees" },
      [MISSING_BALANCE]: { kind: "unresolved", balanceId: MISSING_BALANCE },
      "@World": { kind: "internal", balanceId: null, indicator: "@World" },
    });

    expect(server.requests).toHaveLength(2);
    const balances = callsTo("/balances/filter");
    expect(balances).toHaveLength(1);
    const balanceQuery = bodyOf(balances[0]);
    // Every balance ID once, no indicator (Core has no balance with ID "@World").
    expect(balanceQuery.filters).toEqual([
      {
        field: "balance_id",
        operator: "in",
        values: [PERSON_BALANCE, ORG_BALANCE, FEES_BALANCE, MISSING_BALANCE],
      },
    ]);
    expect(balanceQuery.limit).toBe(4);
    expect(balanceQuery.include_count).toBe(false);

    const identities = callsTo("/identities/filter");
    expect(identities).toHaveLength(1);
    const identityFilter = bodyOf(identities[0]).filters;
    expect(identityFilter).toHaveLength(1);
    expect(identityFilter[0]).toMatchObject({ field: "identity_id", operator: "in" });
    expect([...(identityFilter[0]?.values ?? [])].sort()).toEqual([IDENTITY_ID, ORG_ID].sort());
  });

  it("shows a balance by its currency when it has no owner, or its owner is not returned", async () => {
    server.on(
      "POST /balances/filter",
      json(
        200,
        `{"data":[${balanceRow(OWNERLESS_BALANCE, { currency: "NGN" })},${balanceRow(GONE_OWNER_BALANCE, { identityId: "idt_deleted", currency: "GBP" })}],"total_count":2}`,
      ),
    );
    // Core's empty identity list is null.
    server.on("POST /identities/filter", json(200, "null"));

    const parties = await loadParties([OWNERLESS_BALANCE, GONE_OWNER_BALANCE]);
    expect(parties).toEqual({
      [OWNERLESS_BALANCE]: { kind: "balance", balanceId: OWNERLESS_BALANCE, currency: "NGN" },
      [GONE_OWNER_BALANCE]: { kind: "balance", balanceId: GONE_OWNER_BALANCE, currency: "GBP" },
    });
    // Only the balance that names an owner is asked about.
    expect(bodyOf(callsTo("/identities/filter")[0]).filters).toEqual([
      { field: "identity_id", operator: "in", values: ["idt_deleted"] },
    ]);
  });

  it("asks for no owners when no returned balance has one", async () => {
    server.on("POST /balances/filter", json(200, `[${balanceRow(FEES_BALANCE, { indicator: "@Fees" })}]`));
    const parties = await loadParties([FEES_BALANCE, MISSING_BALANCE]);
    expect(parties[FEES_BALANCE]).toEqual({ kind: "internal", balanceId: FEES_BALANCE, indicator: "@Fees" });
    expect(parties[MISSING_BALANCE]).toEqual({ kind: "unresolved", balanceId: MISSING_BALANCE });
    expect(server.requests.map((request) => request.path)).toEqual(["/balances/filter"]);
  });

  it("calls Blnk not at all when only indicators are named", async () => {
    const parties = await loadParties(["@World", "@Fees", "@World"]);
    expect(parties).toEqual({
      "@World": { kind: "internal", balanceId: null, indicator: "@World" },
      "@Fees": { kind: "internal", balanceId: null, indicator: "@Fees" },
    });
    expect(server.requests).toHaveLength(0);
    expect(await loadParties([])).toEqual({});
    expect(server.requests).toHaveLength(0);
  });

  it("lets a failed balance lookup fail the call (the caller decides what to show)", async () => {
    server.on("POST /balances/filter", coreError(500, "GEN_INTERNAL", "internal server error"));
    await expect(loadParties([PERSON_BALANCE])).rejects.toMatchObject({ kind: "server", status: 500 });
    expect(callsTo("/identities/filter")).toHaveLength(0);
  });
});
