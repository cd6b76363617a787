import { describe, expect, it } from "vitest";
import { filterIdentities, getIdentitiesByIds, getIdentity } from "./identities";
import { isPlainObject, parseJson, toPlainJson } from "./json";
import { getLedger, listLedgers } from "./ledgers";
import {
  generalLedgerJson,
  IDENTITY_ID,
  individualJson,
  LEDGER_ID,
  ledgerJson,
  organizationJson,
} from "./test-fixtures";
import { filterPage, json, testServerForFile } from "./test-server";
import { GENERAL_LEDGER_ID, identityDisplayName, isGeneralLedger } from "./types";

const { server, call } = testServerForFile();

describe("ledgers", () => {
  it("lists via POST /ledgers/filter with a literal, clamped name search", async () => {
    server.on("POST /ledgers/filter", filterPage([ledgerJson, generalLedgerJson], 2));
    const page = await listLedgers({ limit: 0, offset: -3, nameContains: " 50%_off " }, call());
    expect(server.requests[0]?.body).toBe(
      '{"filters":[{"field":"name","operator":"ilike","value":"%50\\\\%\\\\_off%"}],"include_count":true,"limit":1,"offset":0}',
    );
    expect(page.totalCount).toBe(2);
    expect(page.items[0]).toEqual({
      id: LEDGER_ID,
      name: "Customer Wallets",
      createdAt: "2026-08-01T12:00:00Z",
      metadata: { region: "eu" },
    });
    expect(page.items[1]?.id).toBe(GENERAL_LEDGER_ID);
    expect(page.items.map((ledger) => isGeneralLedger(ledger))).toEqual([false, true]);
  });

  it("falls back to GET /ledgers on a Core without filter routes", async () => {
    server.on("GET /ledgers", json(200, `[${ledgerJson}]`));
    const page = await listLedgers({ limit: 50, offset: 0 }, call());
    expect(server.requests[1]?.query.toString()).toBe("limit=50&offset=0");
    expect(page).toMatchObject({ totalCount: null, items: [{ id: LEDGER_ID }] });
  });

  it("gets one ledger, tolerating a null name", async () => {
    server.on(
      `GET /ledgers/${LEDGER_ID}`,
      json(200, `{"ledger_id":"${LEDGER_ID}","name":null,"created_at":"x"}`),
    );
    expect(await getLedger(LEDGER_ID, call())).toEqual({
      id: LEDGER_ID,
      name: "",
      createdAt: "x",
      metadata: null,
    });
  });
});

describe("identities", () => {
  it("reshapes identities with display names and null zero dates", async () => {
    server.on("POST /identities/filter", json(200, `[${individualJson},${organizationJson}]`));
    const page = await filterIdentities({ limit: 20, offset: 0, includeCount: false }, call());
    expect(page.totalCount).toBeNull();
    expect(page.items[0]).toMatchObject({
      id: IDENTITY_ID,
      type: "individual",
      email: "ada@example.com",
      phone: "+441234",
      postCode: "N1",
      dob: "1815-12-10T00:00:00Z",
      metadata: { tier: 2 },
      displayName: "Ada Lovelace",
    });
    expect(page.items[1]).toMatchObject({ displayName: "Acme Ltd", dob: null, metadata: null });
  });

  it("fills missing identity fields with empty strings", async () => {
    server.on(
      "GET /identities/idt_sparse",
      json(200, '{"identity_id":"idt_sparse","email_address":"x@y.test"}'),
    );
    const identity = await getIdentity("idt_sparse", call());
    expect(identity).toMatchObject({
      type: "",
      firstName: "",
      city: "",
      dob: null,
      metadata: null,
      createdAt: "",
    });
    expect(identity.displayName).toBe("x@y.test");
  });

  it("batches lookups: one in-filter per 100 unique ids", async () => {
    server.on("POST /identities/filter", (request) => {
      const body = toPlainJson(parseJson(request.body));
      const filter = isPlainObject(body) && Array.isArray(body.filters) ? body.filters[0] : undefined;
      const ids = isPlainObject(filter) && Array.isArray(filter.values) ? filter.values : [];
      const rows = ids
        .filter((id) => id !== "idt_missing")
        .map((id) => `{"identity_id":"${String(id)}","first_name":"N${String(id).slice(4)}"}`);
      return json(200, `[${rows.join(",")}]`);
    });
    const ids = Array.from({ length: 150 }, (_, index) => `idt_${index}`);
    const result = await getIdentitiesByIds(
      [...ids, ...ids.slice(0, 20), "", null, undefined, "idt_missing"],
      call(),
    );

    expect(server.requests).toHaveLength(2);
    const sizes = server.requests.map((request) => {
      const body = toPlainJson(parseJson(request.body));
      if (!isPlainObject(body) || !Array.isArray(body.filters)) throw new Error("bad body");
      expect(body).toMatchObject({
        include_count: false,
        offset: 0,
        filters: [{ field: "identity_id", operator: "in" }],
      });
      const filter = body.filters[0] as { values: string[] };
      expect(body.limit).toBe(filter.values.length);
      return filter.values.length;
    });
    expect(sizes).toEqual([100, 51]);
    expect(result.size).toBe(150);
    expect(result.get("idt_7")?.displayName).toBe("N7");
    expect(result.has("idt_missing")).toBe(false);
  });

  it("makes no request for an empty id list", async () => {
    expect((await getIdentitiesByIds(["", null], call())).size).toBe(0);
    expect(server.requests).toHaveLength(0);
  });
});

describe("identityDisplayName", () => {
  const blank = {
    id: "idt_1",
    type: "",
    organizationName: "",
    firstName: "",
    lastName: "",
    otherNames: "",
    email: "",
  };

  it("prefers the organization name for organizations and the person name otherwise", () => {
    const both = { ...blank, organizationName: "Acme", firstName: "Wile", lastName: "Coyote" };
    expect(identityDisplayName({ ...both, type: "Organization" })).toBe("Acme");
    expect(identityDisplayName({ ...both, type: "individual" })).toBe("Wile Coyote");
  });

  it("falls back through whatever exists, ending at the id", () => {
    expect(identityDisplayName({ ...blank, type: "organization", lastName: "Coyote" })).toBe("Coyote");
    expect(identityDisplayName({ ...blank, otherNames: "W. E." })).toBe("W. E.");
    expect(identityDisplayName({ ...blank, email: "a@b.test" })).toBe("a@b.test");
    expect(identityDisplayName(blank)).toBe("idt_1");
  });
});
