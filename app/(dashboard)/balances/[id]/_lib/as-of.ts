// A historical balance's moment: `?at=` on the balance's page (so the link can be shared), an instant in UTC.
// Shared by the page (a link may be hand-edited) and the "View historical balance?" dialog.

export const AS_OF_PARAM = "at";

/** RFC3339 with a zone (`Z` or an offset), seconds and fractions optional: what `?at=` may carry. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** The instant a `?at=` value names, or null when it names none. */
export function parseAsOf(text: string | undefined): Date | null {
  if (!text || !RFC3339.test(text.trim())) return null;
  const at = new Date(text.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}

/** `2026-12-02T14:03:05Z`: the moment as the URL carries it (milliseconds only when it has them). */
export function asOfParam(at: Date): string {
  return at.toISOString().replace(/\.000Z$/, "Z");
}

/** The balance's page at that moment, or now when `at` is null. */
export function asOfHref(balanceId: string, at: Date | null): string {
  const path = `/balances/${encodeURIComponent(balanceId)}`;
  return at ? `${path}?${AS_OF_PARAM}=${encodeURIComponent(asOfParam(at))}` : path;
}

/** `2 Dec 2026, 14:03:05 UTC`: the same moment in UTC, beside the local time people type. */
export function utcText(at: Date): string {
  return `${new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "UTC",
  }).format(at)} UTC`;
}

/** Why a moment cannot be asked for, or null: one in the future has no amounts yet (Core would answer now's). */
export function futureProblem(at: Date, now: Date): string | null {
  return at.getTime() > now.getTime()
    ? `${utcText(at)} is in the future: a balance has no amounts there yet. Choose a moment up to now.`
    : null;
}

/** Whether `at` is before the second the balance was created in. */
export function isBeforeCreated(at: Date, createdAt: string): boolean {
  const created = new Date(createdAt);
  return !Number.isNaN(created.getTime()) && at.getTime() < Math.floor(created.getTime() / 1000) * 1000;
}
