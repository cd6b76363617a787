import "server-only";
import { BlnkError } from "./errors";
import { type BlnkCallOptions, blnkRequest } from "./request";
import { healthSchema } from "./schemas";
import type { ServerHealth } from "./types";

/**
 * `GET /health`. A 503 `{"status":"DOWN","reason":…}` is an answer, not a failure, so it resolves with
 * `isUp: false`; an unreachable or misbehaving server still throws `BlnkError`.
 */
export async function getServerHealth(call?: BlnkCallOptions): Promise<ServerHealth> {
  try {
    return await blnkRequest("GET", "/health", { ...call, schema: healthSchema });
  } catch (error) {
    if (error instanceof BlnkError && error.code === "SERVICE_DOWN") {
      const details = (error.details ?? {}) as { status?: string; reason?: string | null };
      return { isUp: false, status: details.status ?? "DOWN", reason: details.reason ?? null };
    }
    throw error;
  }
}
