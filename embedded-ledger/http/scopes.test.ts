import { describe, expect, it } from "vitest";
import { injectGeneratedBy } from "./generated-by";
import { actionForMethod, canGrantScopes, hasPermission, resourceForPath, scopeCovers } from "./scopes";

// The pure parts of Core's scope checks (api/middleware/scope.go, auth.go), case for case with Core's own
// TestGetResourceFromPath, TestHasPermission, TestScopeCovers and TestCanGrantScopes, plus the edges around them.

describe("resourceForPath", () => {
  it("takes the first segment, with Core's three aliases", () => {
    const cases: [string, string][] = [
      ["/ledgers", "ledgers"],
      ["/accounts/123", "accounts"],
      ["/mocked-account", "accounts"],
      ["/multi-search", "search"],
      ["/refund-transaction/txn_1", "transactions"],
      ["/identities/xyz", "identities"],
      ["/balance-monitors/balances/bln_1", "balance-monitors"],
      ["/api-keys/api_key_1", "api-keys"],
      ["/metadata", "metadata"],
      ["/backup-s3", ""],
      ["/balances-snapshots", ""],
      ["/bln_1/metadata", ""],
      ["/unknown", ""],
      ["/Ledgers", ""],
      ["/constructor", ""],
      ["", ""],
      ["/", ""],
    ];
    for (const [path, resource] of cases) expect(resourceForPath(path), path).toBe(resource);
  });
});

describe("hasPermission", () => {
  it("matches Core's matrix", () => {
    const cases: [string[], string, string, boolean][] = [
      [["ledgers:read"], "ledgers", "GET", true],
      [["ledgers:read"], "ledgers", "POST", false],
      [["ledgers:read", "accounts:write", "transactions:delete"], "ledgers", "GET", true],
      [["ledgers:write", "accounts:write", "transactions:read"], "ledgers", "GET", false],
      [["ledgers:write", "accounts:write", "transactions:read"], "ledgers", "POST", true],
      [["ledgers:read", "ledgers:write", "ledgers:delete"], "ledgers", "CUSTOM", false],
      [["*:read"], "ledgers", "GET", true],
      [["*:*"], "transactions", "DELETE", true],
      [["*:read"], "ledgers", "DELETE", false],
      [["ledgers:*"], "ledgers", "DELETE", true],
      [["ledgers:read"], "ledgers", "HEAD", true],
      [["accounts:write"], "accounts", "PUT", true],
      [["accounts:write"], "accounts", "PATCH", true],
      // No other wildcard, no case folding, exactly one colon.
      [["*"], "ledgers", "GET", false],
      [["ledgers"], "ledgers", "GET", false],
      [["ledgers:read:x"], "ledgers", "GET", false],
      [["led*:read"], "ledgers", "GET", false],
      [["LEDGERS:READ"], "ledgers", "GET", false],
      [["ledgers:READ"], "ledgers", "GET", false],
      [[], "ledgers", "GET", false],
    ];
    for (const [scopes, resource, method, allowed] of cases) {
      expect(hasPermission(scopes, resource, method), `${scopes} ${method} ${resource}`).toBe(allowed);
    }
    expect(actionForMethod("OPTIONS")).toBe("");
    expect(actionForMethod("get")).toBe("");
  });
});

describe("scopeCovers and canGrantScopes", () => {
  it("match Core's matrix", () => {
    const cases: [string, string, boolean][] = [
      ["ledgers:read", "ledgers:read", true],
      ["*:write", "accounts:write", true],
      ["ledgers:*", "ledgers:delete", true],
      ["ledgers:read", "ledgers:*", false],
      ["ledgers:read", "ledgers:write", false],
      ["ledgers:read", "accounts:read", false],
      ["*:*", "*:*", true],
      ["*:*", "anything:goes", true],
      ["*:read", "*:read", true],
      ["*:read", "*:write", false],
      ["ledgers:*", "*:read", false],
      ["*:*", "not-a-scope", false],
      ["not-a-scope", "not-a-scope", false],
      [":read", ":read", false],
    ];
    for (const [granted, requested, covers] of cases) {
      expect(scopeCovers(granted, requested), `${granted} ⊇ ${requested}`).toBe(covers);
    }
    const caller = ["api-keys:write", "api-keys:read", "ledgers:*"];
    expect(canGrantScopes(caller, ["api-keys:read"])).toBe(true);
    expect(canGrantScopes(caller, ["ledgers:delete", "ledgers:read"])).toBe(true);
    expect(canGrantScopes(caller, ["*:*"])).toBe(false);
    expect(canGrantScopes(caller, ["accounts:write"])).toBe(false);
    expect(canGrantScopes(caller, ["ledgers:read", "accounts:write"])).toBe(false);
    expect(canGrantScopes(caller, [])).toBe(true);
    expect(canGrantScopes([], [])).toBe(true);
  });
});

describe("injectGeneratedBy", () => {
  const inject = (body: string) => injectGeneratedBy(body, "api_key_1");

  it("adds the key's ID to meta_data, writing keys in Go's sorted order", () => {
    expect(inject('{"name":"x"}')).toEqual({
      body: '{"meta_data":{"BLNK_GENERATED_BY":"api_key_1"},"name":"x"}',
    });
    expect(inject('{"z":1,"meta_data":{"b":2,"a":{"d":1,"c":0}}}')).toEqual({
      body: '{"meta_data":{"BLNK_GENERATED_BY":"api_key_1","a":{"c":0,"d":1},"b":2},"z":1}',
    });
    expect(inject('{"meta_data":{"BLNK_GENERATED_BY":"forged"}}')).toEqual({
      body: '{"meta_data":{"BLNK_GENERATED_BY":"api_key_1"}}',
    });
    for (const meta of ["null", "[1]", '"text"', "5"]) {
      expect(inject(`{"meta_data":${meta}}`)).toEqual({
        body: '{"meta_data":{"BLNK_GENERATED_BY":"api_key_1"}}',
      });
    }
  });

  it("keeps numbers as sent (Go would pass them through float64)", () => {
    expect(inject('{"precise_amount":18446744073709551617,"rate":1.50}')).toEqual({
      body: '{"meta_data":{"BLNK_GENERATED_BY":"api_key_1"},"precise_amount":18446744073709551617,"rate":1.50}',
    });
  });

  it("leaves bodies Go cannot decode into a map alone, and panics on a bare null", () => {
    for (const body of ["", "  ", "not valid json", "[]", '"x"', "5", "true", '{"n":1e400}']) {
      expect(inject(body), body).toEqual({ body });
    }
    expect(inject("null")).toEqual({ panic: true });
    expect(inject(" null\n")).toEqual({ panic: true });
  });
});
