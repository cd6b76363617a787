// Test-only: Core's error envelopes, as the contract tests expect them whole.
import { expect } from "vitest";

/** The message under `error`, and again with the code (and any details) in `error_detail`. */
export function errorBody(code: string, message: string, details?: unknown) {
  return {
    error: message,
    error_detail: details === undefined ? { code, message } : { code, message, details },
  };
}

/** The same under the legacy key `errors`, which Core's validation failures on some routes still use. */
export function errorsBody(code: string, message: string, details?: unknown) {
  const { error, error_detail } = errorBody(code, message, details);
  return { errors: error, error_detail };
}

/**
 * Sends each case's body and expects Core's answer to a body Go cannot decode: 400 and GEN_MALFORMED_REQUEST
 * with Go's own message, in `envelope` (errorsBody on the routes that still answer under `errors`).
 */
export async function expectMalformed(
  send: (body: string) => Promise<{ status: number; json: unknown }>,
  cases: readonly (readonly [body: string, message: string])[],
  envelope: (code: string, message: string) => object = errorBody,
) {
  for (const [body, message] of cases) {
    const response = await send(body);
    expect(response.status, body).toBe(400);
    expect(response.json, body).toEqual(envelope("GEN_MALFORMED_REQUEST", message));
  }
}
