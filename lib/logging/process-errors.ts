// Last-resort logging for errors nothing else caught (a promise nobody awaited, a throw in a timer): one JSON
// line per event, so log search finds them like `blnk_call_failed`, and nothing secret in it. Next keeps the
// server running after these; this only makes them readable. Not `server-only`: instrumentation.ts loads it.

export type ProcessErrorEvent = "unhandled_rejection" | "uncaught_exception";

const MAX_MESSAGE = 500;

/**
 * The log line for an uncaught error: event, error name and message only. No stack (it can hold request data)
 * and no headers; the Blnk key and any `user:password@` in URLs are masked wherever they appear.
 */
export function processErrorLine(
  event: ProcessErrorEvent,
  error: unknown,
  secrets: ReadonlyArray<string | undefined> = [],
): string {
  const name = error instanceof Error ? error.name : typeof error;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  const raw = error instanceof Error ? error.message : describeValue(error);
  const message = redact(raw, secrets);
  return JSON.stringify({
    level: "error",
    event,
    name,
    ...(typeof code === "string" ? { code } : {}),
    message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message,
  });
}

export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, "$1***@");
  for (const secret of secrets) {
    // Very short values would mask ordinary words; real keys are long.
    if (secret && secret.length >= 6) out = out.split(secret).join("***");
  }
  return out;
}

function describeValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null || typeof value !== "object") return String(value);
  // A rejected non-Error object may be anything, including a config object with the key: name its type only.
  return `non-error ${value.constructor?.name ?? "object"}`;
}

// On globalThis, not in a module variable: the server bundle may hold more than one copy of this module.
const INSTALLED = Symbol.for("ledger-desk.process-error-logging");

/** Adds the two process handlers once per process; Next's own handlers keep the server up after either. */
export function logProcessErrors(env: NodeJS.ProcessEnv = process.env) {
  const global = globalThis as { [INSTALLED]?: boolean };
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  const log = (event: ProcessErrorEvent) => (error: unknown) =>
    console.error(processErrorLine(event, error, [env.BLNK_API_KEY]));
  process.on("unhandledRejection", log("unhandled_rejection"));
  process.on("uncaughtException", log("uncaught_exception"));
}
