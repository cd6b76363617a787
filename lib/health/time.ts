const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/**
 * A duration for reading, rounded down: "less than a minute", "45 minutes", "3 hours", "2 days 5 hours",
 * "12 days". Hours are kept under a week because "1 day" for 47 hours would understate a stuck payment.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE_MS) return "less than a minute";
  if (ms < HOUR_MS) return plural(Math.floor(ms / MINUTE_MS), "minute");
  if (ms < DAY_MS) return plural(Math.floor(ms / HOUR_MS), "hour");
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  if (days >= 7 || hours === 0) return plural(days, "day");
  return `${plural(days, "day")} ${plural(hours, "hour")}`;
}

/**
 * Parses an ISO timestamp into epoch milliseconds, or null for none. Go's zero time ("0001-01-01T00:00:00Z"),
 * which Blnk sends for "never", counts as none, as does anything unparseable: a reason must not be built on a
 * date that is not one.
 */
export function parseInstant(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined || iso.trim() === "") return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  if (new Date(ms).getUTCFullYear() <= 1) return null;
  return ms;
}

/**
 * "2026-09-01 00:00 UTC". Always UTC, never the viewer's zone, so the server and the browser render the same
 * text (no hydration mismatch); reasons name the instant, the UI shows local times elsewhere.
 */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
