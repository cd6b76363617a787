import "server-only";
import { type BlnkErrorPlain, isBlnkError, toBlnkErrorPlain } from "./errors";

export type BlnkResult<T> = { ok: true; data: T } | { ok: false; error: BlnkErrorPlain };

/**
 * Runs Blnk calls for a page or an action and turns a Blnk failure into a plain error the browser may see,
 * logging it as one structured line (never the key or a response body). Anything that is not a Blnk
 * failure is a bug and is re-thrown.
 */
export async function blnkResult<T>(load: () => Promise<T>): Promise<BlnkResult<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    const plain = toBlnkErrorPlain(error);
    console.error(
      JSON.stringify({
        level: "error",
        event: "blnk_call_failed",
        kind: plain.kind,
        code: plain.code,
        status: plain.status,
        endpoint: isBlnkError(error) ? error.endpoint : undefined,
      }),
    );
    return { ok: false, error: plain };
  }
}
