// Test-only helpers for the filter engine's unit tests.
import { CoreError } from "../http/errors";
import type { Request } from "../http/request";
import { parseBody } from "../json";

/** A Request as the router builds it, for a raw body and query string. */
export function fakeRequest(rawBody: string, query = ""): Request {
  return {
    method: "POST",
    path: "/test",
    params: {},
    paramBytes: {},
    query: new URLSearchParams(query),
    rawBody,
    principal: { kind: "open" },
    json(legacyKey = "error", code = "GEN_MALFORMED_REQUEST") {
      try {
        return parseBody(rawBody);
      } catch (error) {
        throw new CoreError(400, code, error instanceof Error ? error.message : "invalid JSON", legacyKey);
      }
    },
  };
}

/** The CoreError `run` throws (fails the test when it throws nothing or something else). */
export function coreErrorOf(run: () => unknown): CoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("expected a CoreError");
}
