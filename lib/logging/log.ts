// One structured line per event, so log search finds `blnk_call_failed` or `bad_request` the same way
// everywhere. Messages only: no stacks (they can hold request data), no bodies, no keys. Not `server-only`:
// proxy.ts and instrumentation.ts use it too.

type Fields = Record<string, string | number | boolean | null | undefined>;

export function logEvent(level: "error" | "warn" | "info", event: string, fields: Fields = {}) {
  const line = JSON.stringify({ level, event, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

/** An error as one line: its name and message (for a non-Error, its type), plus `fields`. */
export function logError(event: string, error: unknown, fields: Fields = {}) {
  logEvent("error", event, {
    error: error instanceof Error ? error.name : typeof error,
    message: error instanceof Error ? error.message : String(error),
    ...fields,
  });
}
