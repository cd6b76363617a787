import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBalance } from "./balances";
import { parseFieldErrors } from "./error-body";
import { BlnkConfigError, BlnkError, toBlnkErrorPlain } from "./errors";
import { getLedger } from "./ledgers";
import { coreError, json, type StubResponse, startTestServer, type TestServer } from "./test-server";

const SECRET = "sk_test_do_not_leak_987";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function ledgerError(response: StubResponse, apiKey?: string): Promise<BlnkError> {
  server.on("GET /ledgers/ldg_x", response);
  const error = await getLedger("ldg_x", { config: server.config({ apiKey }) }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BlnkError)) throw new Error(`expected a BlnkError, got ${String(error)}`);
  return error;
}

const VALIDATION = "currency: cannot be blank; ledger_id: cannot be blank.";
const FIELD_ERRORS = { currency: "cannot be blank", ledger_id: "cannot be blank" };
const PARAM_ERRORS =
  '[{"Param":"limit","Message":"invalid limit value"},{"Param":"currency_xx","Message":"bad op"}]';

describe("error envelopes", () => {
  it.each<[string, StubResponse, Partial<BlnkError>]>([
    [
      "0.15 dual payload (error + error_detail)",
      json(
        404,
        `{"error":"Ledger not found","error_detail":{"code":"LGR_NOT_FOUND","message":"Ledger not found","details":{}}}`,
      ),
      { status: 404, code: "LGR_NOT_FOUND", kind: "not_found", message: "Ledger not found" },
    ],
    [
      "errors string + error_detail (validation)",
      coreError(400, "GEN_VALIDATION_ERROR", VALIDATION, "errors"),
      {
        status: 400,
        code: "GEN_VALIDATION_ERROR",
        kind: "validation",
        message: VALIDATION,
        field: "currency",
      },
    ],
    [
      "errors string without error_detail (pre-0.15)",
      json(400, `{"errors":"${VALIDATION}"}`),
      {
        status: 400,
        code: "GEN_VALIDATION_ERROR",
        kind: "validation",
        field: "currency",
        fieldErrors: FIELD_ERRORS,
      },
    ],
    [
      "error string without error_detail",
      json(400, '{"error":"Invalid ledger ID"}'),
      {
        status: 400,
        code: "GEN_BAD_REQUEST",
        kind: "validation",
        message: "Invalid ledger ID",
        field: undefined,
      },
    ],
    [
      "errors array of {Param, Message} with error_detail",
      json(
        400,
        `{"errors":${PARAM_ERRORS},"error_detail":{"code":"GEN_VALIDATION_ERROR","message":"Invalid query filters","details":${PARAM_ERRORS}}}`,
      ),
      {
        code: "GEN_VALIDATION_ERROR",
        kind: "validation",
        message: "Invalid query filters",
        field: "limit",
        fieldErrors: { limit: "invalid limit value", currency_xx: "bad op" },
      },
    ],
    [
      "errors array without error_detail",
      json(400, `{"errors":${PARAM_ERRORS}}`),
      {
        code: "GEN_VALIDATION_ERROR",
        kind: "validation",
        message: "limit: invalid limit value; currency_xx: bad op",
        field: "limit",
      },
    ],
    [
      "future error object",
      json(404, '{"error":{"code":"LGR_NOT_FOUND","message":"Ledger not found","details":null}}'),
      {
        status: 404,
        code: "LGR_NOT_FOUND",
        kind: "not_found",
        message: "Ledger not found",
        hasEnvelope: true,
      },
    ],
    [
      "gin plain-text 404",
      { status: 404, body: "404 page not found", contentType: "text/plain" },
      {
        status: 404,
        code: "GEN_NOT_FOUND",
        kind: "not_found",
        message: "404 page not found",
        hasEnvelope: false,
      },
    ],
    [
      "empty 500 from panic recovery",
      { status: 500, body: "" },
      {
        status: 500,
        code: "GEN_INTERNAL",
        kind: "server",
        message: "HTTP 500 Internal Server Error with an empty body",
      },
    ],
    [
      "503 health-style body",
      json(503, '{"status":"DOWN","reason":"database unreachable"}'),
      { status: 503, code: "SERVICE_DOWN", kind: "server", message: "database unreachable" },
    ],
    [
      "pre-0.15 400 NOT_FOUND: prefix",
      json(400, '{"error":"NOT_FOUND: balance not found"}'),
      { status: 400, code: "GEN_NOT_FOUND", kind: "not_found", message: "balance not found" },
    ],
    [
      "pre-0.15 400 with a not-found message",
      json(400, `{"error":"ledger with ID 'ldg_x' not found"}`),
      { status: 400, code: "GEN_NOT_FOUND", kind: "not_found", message: "ledger with ID 'ldg_x' not found" },
    ],
    [
      "pre-0.15 missing key",
      json(401, '{"error":"Authentication required. Use X-Blnk-Key header"}'),
      { status: 401, code: "AUTH_MISSING_API_KEY", kind: "unauthorized" },
    ],
    [
      "scope denied",
      coreError(403, "AUTH_INSUFFICIENT_PERMISSIONS", "Insufficient permissions for ledgers:read"),
      { status: 403, code: "AUTH_INSUFFICIENT_PERMISSIONS", kind: "forbidden" },
    ],
    ["conflict", json(409, '{"error":"conflict"}'), { code: "GEN_CONFLICT", kind: "conflict" }],
    ["locked", json(423, '{"error":"resource locked"}'), { code: "GEN_RESOURCE_LOCKED", kind: "conflict" }],
    [
      "rate limited",
      json(429, '{"error":"too many requests"}'),
      { code: "GEN_RATE_LIMITED", kind: "rate_limited" },
    ],
    [
      "too large",
      json(413, '{"error":"body too large"}'),
      { code: "GEN_PAYLOAD_TOO_LARGE", kind: "validation" },
    ],
    [
      "Core 500",
      coreError(500, "GEN_INTERNAL", "internal server error"),
      { status: 500, code: "GEN_INTERNAL", kind: "server", message: "internal server error" },
    ],
  ])("%s", async (_name, response, expected) => {
    const error = await ledgerError(response);
    expect(error).toMatchObject(expected);
    expect(error.userMessage).not.toBe("");
  });

  it("flags gin's plain 404 as a missing endpoint, but not a JSON not-found", async () => {
    expect((await ledgerError({ status: 404, body: "404 page not found" })).isMissingEndpoint).toBe(true);
    expect((await ledgerError(json(404, '{"error":"Ledger not found"}'))).isMissingEndpoint).toBe(false);
  });

  it("maps validation messages from POST /balances onto fields", async () => {
    server.on("POST /balances", coreError(400, "GEN_VALIDATION_ERROR", VALIDATION, "errors"));
    const error = await createBalance({ ledgerId: "", currency: "" }, { config: server.config() }).catch(
      (caught: unknown) => caught,
    );
    if (!(error instanceof BlnkError)) throw new Error("expected a BlnkError");
    expect(error.toPlain()).toEqual({
      status: 400,
      code: "GEN_VALIDATION_ERROR",
      message: VALIDATION,
      userMessage: `Blnk rejected the request: ${VALIDATION}`,
      kind: "validation",
      field: "currency",
      fieldErrors: FIELD_ERRORS,
    });
  });
});

describe("user messages and secrets", () => {
  it("explains a rejected key without repeating it", async () => {
    const error = await ledgerError(
      coreError(401, "AUTH_INVALID_API_KEY", `Invalid API key ${SECRET}`),
      SECRET,
    );
    expect(error.kind).toBe("unauthorized");
    expect(error.userMessage).toBe("Blnk rejected the API key. Check BLNK_API_KEY.");
    expect(error.message).toBe("Invalid API key [redacted]");
    const plain = error.toPlain();
    expect(JSON.stringify(plain)).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(Object.keys(plain).sort()).toEqual(["code", "kind", "message", "status", "userMessage"]);
    expect(structuredClone(plain)).toEqual(plain);
  });

  it("gives plain words for not found and server errors", async () => {
    expect((await ledgerError(json(404, '{"error":"ledger not found"}'))).userMessage).toBe(
      "Ledger not found.",
    );
    expect((await ledgerError({ status: 404, body: "404 page not found" })).userMessage).toMatch(
      /older version/,
    );
    expect((await ledgerError({ status: 502, body: "" })).userMessage).toMatch(
      /^Blnk had an internal error \(HTTP 502\)/,
    );
  });

  it("makes config errors browser-safe too", () => {
    const plain = toBlnkErrorPlain(new BlnkConfigError("BLNK_URL", "BLNK_URL must be an http(s) URL"));
    expect(plain).toMatchObject({ code: "CONFIG_INVALID", kind: "unreachable", status: 0 });
    expect(() => toBlnkErrorPlain(new TypeError("bug"))).toThrow("bug");
  });
});

describe("parseFieldErrors", () => {
  it("reads ozzo messages and ignores Go error prefixes", () => {
    expect(parseFieldErrors("precision: precision must be an integer value.")).toEqual({
      precision: "precision must be an integer value",
    });
    expect(parseFieldErrors("json: cannot unmarshal number into Go struct field")).toBeUndefined();
    expect(parseFieldErrors("Invalid ledger ID")).toBeUndefined();
  });
});
