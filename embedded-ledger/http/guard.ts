// Wraps a route handler so a value Postgres refuses to store or compare (a NUL character in text or jsonb, an
// out-of-range number: SQLSTATE class 22) is the client's 400, not a 500. Core would fail such requests too,
// but only because its database does; the request, not the server, is at fault.

import { isDataException } from "../storage/db";
import { CoreError } from "./errors";
import type { Handler } from "./server";

export function guarded(handler: Handler): Handler {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      if (isDataException(error)) throw new CoreError(400, "GEN_BAD_REQUEST", error.message);
      throw error;
    }
  };
}
