"use client";

// The records a person opened lately, kept in this browser only (localStorage): the command palette lists
// them before anything is typed. Small on purpose: it is part of every page's first load (the sidebar
// records visits), the palette itself is not.

export type RecentRecord = {
  kind: "balance" | "ledger" | "identity" | "transaction";
  id: string;
  href: string;
  title: string;
};

const STORAGE_KEY = "ledger-desk.recent-records";
const MAX_RECENT = 8;
const KINDS = new Set(["balance", "ledger", "identity", "transaction"]);

/** The record a record page's path names, or null (a list, a settings page, an embedded page). */
export function recordOfPath(pathname: string): Omit<RecentRecord, "title"> | null {
  const match =
    /^\/(balances|ledgers|identities|transactions)\/((?:bln|ldg|idt|txn)_[\w-]+|general_ledger_id)$/.exec(
      pathname,
    );
  if (!match?.[1] || !match[2]) return null;
  const kind = {
    balances: "balance",
    ledgers: "ledger",
    identities: "identity",
    transactions: "transaction",
  }[match[1]] as RecentRecord["kind"];
  return { kind, id: match[2], href: pathname };
}

export function readRecentRecords(): RecentRecord[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(stored) ? stored.filter(isRecentRecord).slice(0, MAX_RECENT) : [];
  } catch {
    // Storage turned off, full, or holding something else: no recents rather than an error.
    return [];
  }
}

/** Puts `record` first (once), keeping the newest few. */
export function rememberRecord(record: RecentRecord): void {
  try {
    const others = readRecentRecords().filter((entry) => entry.href !== record.href);
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify([record, ...others].slice(0, MAX_RECENT)));
  } catch {
    // As above: remembering is a convenience.
  }
}

function isRecentRecord(value: unknown): value is RecentRecord {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.kind === "string" &&
    KINDS.has(entry.kind) &&
    typeof entry.id === "string" &&
    typeof entry.title === "string" &&
    typeof entry.href === "string" &&
    recordOfPath(entry.href)?.id === entry.id
  );
}
