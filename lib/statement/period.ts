// A statement's period: whole days in UTC, from the start of `from` to the end of `to`, as the URL carries
// them (`?from=2026-11-01&to=2026-11-30`) so a statement link can be shared. Shared by the statement page,
// its period picker, the summary panel's "Balance activity" and the statement export.

export const FROM_PARAM = "from";
export const TO_PARAM = "to";

/** The longest period one statement covers; longer ones are split (or exported) by the person asking. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The period a statement covers. Core's historical balance counts what is effective at or before a moment,
 * so the opening is taken one microsecond before `from` starts (what is effective before the first day) and
 * the closing at the last microsecond of `to` (Postgres stores microseconds, so nothing falls between).
 */
export type Period = {
  /** `2026-11-01`: the first day, as typed. */
  from: string;
  /** `2026-11-30`: the last day, included. */
  to: string;
  /** `2026-10-31T23:59:59.999999Z`: the opening balance is Blnk's balance at this moment. */
  openingAt: string;
  /** `2026-11-30T23:59:59.999999Z`: the closing balance is Blnk's balance at this moment. */
  closingAt: string;
  days: number;
};

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/** `YYYY-MM-DD` of a UTC day. */
export function dayText(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The UTC midnight a `YYYY-MM-DD` names, or null when it names no real day. */
export function parseDay(text: string): Date | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  at.setUTCFullYear(year);
  const real = at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
  return real && year >= 1900 ? at : null;
}

const lastMicrosecond = (dayStart: Date) =>
  `${dayText(new Date(dayStart.getTime() - DAY_MS))}T23:59:59.999999Z`;

function shown(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** The period `from`…`to` name (whole UTC days), or a message saying plainly what is wrong with them. */
export function parsePeriod(fromText: string, toText: string, now: Date): PeriodResult {
  const from = parseDay(fromText);
  const to = parseDay(toText);
  const dateHelp = "Use a real day as YYYY-MM-DD, from 1900 on.";
  if (!from) return { ok: false, message: `The start "${shown(fromText)}" is not a date. ${dateHelp}` };
  if (!to) return { ok: false, message: `The end "${shown(toText)}" is not a date. ${dateHelp}` };
  if (from.getTime() > to.getTime()) {
    return {
      ok: false,
      message: `The period starts (${dayText(from)}) after it ends (${dayText(to)}). Choose a start on or before the end.`,
    };
  }
  // Today anywhere on Earth (UTC+14) is the last day with any movements yet.
  const latest = new Date(now.getTime() + 14 * 3_600_000);
  if (from.getTime() > Date.UTC(latest.getUTCFullYear(), latest.getUTCMonth(), latest.getUTCDate())) {
    return {
      ok: false,
      message: `The period starts in the future (${dayText(from)}): nothing has moved yet.`,
    };
  }
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  if (days > MAX_PERIOD_DAYS) {
    return {
      ok: false,
      message: `A statement covers at most ${MAX_PERIOD_DAYS} days; this period is ${days.toLocaleString("en-US")} days. Choose a shorter period, or make one statement per year.`,
    };
  }
  const dayAfterTo = new Date(to.getTime() + DAY_MS);
  return {
    ok: true,
    period: {
      from: dayText(from),
      to: dayText(to),
      openingAt: lastMicrosecond(from),
      closingAt: lastMicrosecond(dayAfterTo),
      days,
    },
  };
}

export type PresetName = "Last 7 days" | "Last 30 days" | "This month" | "Last month";

/** The presets the period picker offers, as from/to days in UTC relative to `now`. */
export function presetPeriod(name: PresetName, now: Date): { from: string; to: string } {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const daysBack = (n: number) => dayText(new Date(today.getTime() - n * DAY_MS));
  switch (name) {
    case "Last 7 days":
      return { from: daysBack(6), to: dayText(today) };
    case "Last 30 days":
      return { from: daysBack(29), to: dayText(today) };
    case "This month":
      return {
        from: dayText(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1))),
        to: dayText(today),
      };
    case "Last month": {
      const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
      const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
      return { from: dayText(first), to: dayText(last) };
    }
  }
}

export const PRESETS: readonly PresetName[] = ["Last 7 days", "Last month", "This month"];

/** The period a statement link names; with neither day given, the last 30 days. */
export function periodFromParams(from: string | undefined, to: string | undefined, now: Date): PeriodResult {
  const fallback = presetPeriod("Last 30 days", now);
  return parsePeriod(from ?? fallback.from, to ?? fallback.to, now);
}

/** `/balances/<id>/statement?from=…&to=…` */
export function statementHref(
  balanceId: string,
  period: { from: string; to: string },
  page?: number,
): string {
  const query = new URLSearchParams({ [FROM_PARAM]: period.from, [TO_PARAM]: period.to });
  if (page && page > 1) query.set("page", String(page));
  return `/balances/${encodeURIComponent(balanceId)}/statement?${query}`;
}
