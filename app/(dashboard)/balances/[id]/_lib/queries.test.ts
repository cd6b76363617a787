import { describe, expect, it } from "vitest";
import {
  BALANCE_ID,
  balanceByIdJson,
  IDENTITY_ID,
  LEDGER_ID,
  ledgerJson,
  nestedIdentityJson,
  organizationJson,
} from "@/lib/blnk/test-fixtures";
import { coreError, json, testServerForFile } from "@/lib/blnk/test-server";
import { loadBalance, toBalanceView } from "./queries";

// The balance details loader against Core-shaped answers of each supported version (core-compat.md §5 M2, M5).
const { server } = testServerForFile({ env: { CURRENCY_PRECISION: "" } });

const withIncludes = (extra: string) => balanceByIdJson.replace(/}$/, `,${extra}}`);
const nestedLedger = `"ledger":{"ledger_id":"${LEDGER_ID}","name":"Customer Wallets","created_at":"2026-08-01T12:00:00Z","meta_data":null}`;
/** The owner as Core's include=identity nests it: no identity_type, so an organization looks like a person. */
const nestedOrganization = `"identity":${nestedIdentityJson
  .replace('"organization_name":""', '"organization_name":"Acme Ltd"')
  .replace('"first_name":"Ada","last_name":"Lovelace"', '"first_name":"Wile","last_name":"Coyote"')}`;

async function viewOf(id: string) {
  const result = await loadBalance(id);
  if (!result.ok) throw new Error(`loadBalance failed: ${result.error.message}`);
  return toBalanceView(result.data);
}

describe("balance details on Core 0.13.2–0.14.5 (include=identity selects a column that does not exist)", () => {
  it("the 400 'Failed to scan balance data' is retried without includes; ledger and owner come on their own", async () => {
    server.on(`GET /balances/${BALANCE_ID}`, (request) =>
      request.query.has("include")
        ? json(400, '{"error":"INTERNAL_SERVER_ERROR: Failed to scan balance data"}')
        : json(200, balanceByIdJson),
    );
    server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson));
    server.on(`GET /identities/${IDENTITY_ID}`, json(200, organizationJson.replace("idt_org", IDENTITY_ID)));

    const view = await viewOf(BALANCE_ID);
    expect(view.amounts.balance.raw).toBe("123456789012345678901234567890");
    expect(view.ledger).toEqual({ id: LEDGER_ID, name: "Customer Wallets" });
    expect(view.owner).toEqual({ kind: "identity", id: IDENTITY_ID, name: "Acme Ltd" });
    expect(server.requests.map((request) => `${request.path}?${request.query}`)).toEqual([
      `/balances/${BALANCE_ID}?include=ledger&include=identity`,
      `/balances/${BALANCE_ID}?`,
      `/ledgers/${LEDGER_ID}?`,
      `/identities/${IDENTITY_ID}?`,
    ]);
  });

  it("a missing balance is still a missing balance, asked once", async () => {
    server.on(
      `GET /balances/${BALANCE_ID}`,
      json(400, `{"error":"NOT_FOUND: balance with ID '${BALANCE_ID}' not found"}`),
    );
    const result = await loadBalance(BALANCE_ID);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("not_found");
    expect(server.requests).toHaveLength(1);
  });
});

describe("balance details on Core 0.15.x (include works, the nested owner has no type)", () => {
  it("an organization owner shows under its organization name, not its contact person's", async () => {
    server.on(
      `GET /balances/${BALANCE_ID}`,
      json(200, withIncludes(`${nestedLedger},${nestedOrganization}`)),
    );
    const view = await viewOf(BALANCE_ID);
    expect(view.owner).toEqual({ kind: "identity", id: IDENTITY_ID, name: "Acme Ltd" });
    expect(view.ledger.name).toBe("Customer Wallets");
    expect(server.requests).toHaveLength(1);
  });

  it("a person owner (no organization name) still shows under the person's name", async () => {
    server.on(
      `GET /balances/${BALANCE_ID}`,
      json(200, withIncludes(`${nestedLedger},"identity":${nestedIdentityJson}`)),
    );
    expect((await viewOf(BALANCE_ID)).owner).toEqual({
      kind: "identity",
      id: IDENTITY_ID,
      name: "Ada Lovelace",
    });
  });

  it("an ownerless balance's 500 on include=identity is retried without includes", async () => {
    const ownerless = balanceByIdJson.replace(`"identity_id":"${IDENTITY_ID}"`, '"identity_id":""');
    server.on(`GET /balances/${BALANCE_ID}`, (request) =>
      request.query.has("include")
        ? coreError(500, "GEN_INTERNAL_ERROR", "Failed to scan balance data")
        : json(200, ownerless),
    );
    server.on(`GET /ledgers/${LEDGER_ID}`, json(200, ledgerJson));
    const view = await viewOf(BALANCE_ID);
    expect(view.owner).toBeNull();
    expect(view.ledger.name).toBe("Customer Wallets");
  });
});
