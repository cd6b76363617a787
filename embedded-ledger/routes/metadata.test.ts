import { describe, expect, it } from "vitest";
import { errorBody } from "../testing/errors";
import { testLedgerForFile } from "../testing/ledger";

const ledger = testLedgerForFile();

const post = (path: string, body: string) => ledger.call("POST", path, body);
const BEYOND_2_128 = "340282366920938463463374607431768211457";

async function createLedger(body: string): Promise<string> {
  const response = await post("/ledgers", body);
  expect(response.status).toBe(201);
  return (JSON.parse(response.text) as { ledger_id: string }).ledger_id;
}

async function storedMeta(sql: string, id: string): Promise<unknown> {
  const result = await ledger.db.query<{ meta: string }>(sql, [id]);
  return result.rows[0]?.meta;
}

describe("POST /:entityId/metadata", () => {
  it("shallow-merges into a ledger's metadata and keeps big integers exact", async () => {
    const id = await createLedger('{"name":"Meta","meta_data":{"keep":"x","a":1,"nested":{"old":true}}}');
    const response = await post(
      `/${id}/metadata`,
      `{"meta_data":{"nested":{"z":1},"a":2,"big":${BEYOND_2_128}}}`,
    );
    expect(response.status).toBe(200);
    const merged = `{"a":2,"big":${BEYOND_2_128},"keep":"x","nested":{"z":1}}`;
    expect(response.text).toBe(`{"meta_data":${merged}}`);
    expect((await ledger.call("GET", `/ledgers/${id}`)).text).toContain(`"meta_data":${merged}}`);
  });

  it("merges into null metadata and into the General Ledger", async () => {
    const id = await createLedger('{"name":"Bare"}');
    expect((await post(`/${id}/metadata`, '{"meta_data":{"k":"v"}}')).text).toBe('{"meta_data":{"k":"v"}}');
    expect((await post(`/${id}/metadata`, '{"meta_data":{}}')).text).toBe('{"meta_data":{"k":"v"}}');
    const general = await post("/general_ledger_id/metadata", '{"meta_data":{"owner":"ops"}}');
    expect(general.status).toBe(200);
    expect(general.text).toBe('{"meta_data":{"owner":"ops"}}');
  });

  it("merges into identities and balances", async () => {
    const identity = await post("/identities", '{"first_name":"M","meta_data":{"a":1}}');
    const identityId = (JSON.parse(identity.text) as { identity_id: string }).identity_id;
    const merged = await post(`/${identityId}/metadata`, '{"meta_data":{"b":2}}');
    expect(merged.text).toBe('{"meta_data":{"a":1,"b":2}}');
    expect(JSON.parse((await ledger.call("GET", `/identities/${identityId}`)).text)).toMatchObject({
      meta_data: { a: 1, b: 2 },
    });

    await ledger.db.query(
      `INSERT INTO balances (balance_id, ledger_id, currency, meta_data)
       VALUES ('bln_meta', 'general_ledger_id', 'USD', '{"x":1}'::jsonb)`,
    );
    const balance = await post("/bln_meta/metadata", `{"meta_data":{"y":${BEYOND_2_128}}}`);
    expect(balance.text).toBe(`{"meta_data":{"x":1,"y":${BEYOND_2_128}}}`);
    const sql = "SELECT meta_data::text AS meta FROM balances WHERE balance_id = $1";
    expect(await storedMeta(sql, "bln_meta")).toBe(`{"x": 1, "y": ${BEYOND_2_128}}`);
  });

  it("merges into a transaction and its queued children, echoing the keys sent", async () => {
    const insert = `INSERT INTO transactions (transaction_id, parent_transaction, source, destination, reference,
      precise_amount, currency, status, meta_data) VALUES ($1, $2, 'bln_a', 'bln_b', $3, 100, 'USD', $4, $5::jsonb)`;
    await ledger.db.query(insert, ["txn_parent", "", "ref-1", "QUEUED", '{"a":1}']);
    await ledger.db.query(insert, ["txn_child", "txn_parent", "ref-1_q", "APPLIED", null]);
    const response = await post("/txn_parent/metadata", '{"meta_data":{"b":2}}');
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"meta_data":{"b":2}}');
    const sql = "SELECT meta_data::text AS meta FROM transactions WHERE transaction_id = $1";
    expect(await storedMeta(sql, "txn_parent")).toBe('{"a": 1, "b": 2}');
    expect(await storedMeta(sql, "txn_child")).toBe('{"b": 2}');
  });

  it("answers unknown entities with 404 META_ENTITY_NOT_FOUND", async () => {
    for (const id of [
      "ldg_nonexistent",
      "bln_nonexistent",
      "idt_nonexistent",
      "txn_nonexistent",
      "bulk_nonexistent",
    ]) {
      const response = await post(`/${id}/metadata`, '{"meta_data":{"k":"v"}}');
      expect(response.status).toBe(404);
      expect(response.json).toEqual(errorBody("META_ENTITY_NOT_FOUND", "entity not found"));
    }
  });

  it("answers other prefixes with 400 META_INVALID_ENTITY_ID", async () => {
    const response = await post("/bogus_123/metadata", '{"meta_data":{"k":"v"}}');
    expect(response.status).toBe(400);
    expect(response.json).toEqual(errorBody("META_INVALID_ENTITY_ID", "invalid entity ID format: bogus_123"));
    expect((await post("/ledgers/metadata", '{"meta_data":{}}')).json).toMatchObject({
      error_detail: { code: "META_INVALID_ENTITY_ID" },
    });
  });

  it("requires a meta_data object, checked before the entity ID", async () => {
    const required =
      "Key: 'MetadataRequest.Metadata' Error:Field validation for 'Metadata' failed on the 'required' tag";
    for (const [path, body] of [
      ["/ldg_nonexistent/metadata", "{}"],
      ["/ldg_nonexistent/metadata", '{"meta_data":null}'],
      ["/bogus_1/metadata", '{"wrong_field":"value"}'],
    ] as const) {
      const response = await post(path, body);
      expect(response.status).toBe(400);
      expect(response.json).toEqual(errorBody("GEN_MALFORMED_REQUEST", required));
    }
    const typed = await post("/ldg_x/metadata", '{"meta_data":["a"]}');
    const message =
      "json: cannot unmarshal array into Go struct field MetadataRequest.meta_data of type map[string]interface {}";
    expect(typed.json).toEqual(errorBody("GEN_MALFORMED_REQUEST", message));
    const broken = await post("/ldg_123/metadata", "invalid json");
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ error_detail: { code: "GEN_MALFORMED_REQUEST" } });
    expect((await post("/ldg_123/metadata", "")).json).toMatchObject({ error: "EOF" });
  });

  it("does not shadow or catch other routes", async () => {
    expect((await post("/metadata", '{"meta_data":{}}')).text).toBe("404 page not found");
    expect((await ledger.call("GET", "/ldg_x/metadata")).text).toBe("404 page not found");
    expect((await post("/ledgers/filter", "{}")).status).toBe(200);
  });
});
