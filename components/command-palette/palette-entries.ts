import type { ShortcutId } from "@/lib/keyboard/shortcuts";
import { UNKNOWN_RECORD } from "@/lib/search/classify";
import type { ResolvedRecord } from "@/lib/search/resolve";
import { matchesText, type PaletteAction, type PalettePage } from "./palette-items";
import type { RecentRecord } from "./recent-records";
import type { PaletteSearch } from "./use-palette-search";

// The palette's list for what is typed, in the order it is shown: the records an ID, @indicator or
// reference names first (so one Enter opens them), then the pages and actions whose names match, then
// identities and ledgers by name (their answers come last, so they never push a page from under the cursor);
// before anything is typed, the records opened lately. Also the line that says where the search is.

/** What choosing an entry does; the palette carries it out. */
export type PaletteRun =
  | { type: "record"; record: RecentRecord }
  | { type: "page"; href: string }
  | { type: "action"; id: PaletteAction["id"] };

export type PaletteEntry = {
  /** Unique in the list (cmdk's item value). */
  value: string;
  label: string;
  detail?: string;
  shortcut?: ShortcutId;
  run: PaletteRun;
};

export type PaletteGroup = { heading: string; entries: PaletteEntry[] };

export function paletteGroups({
  text,
  search,
  recent,
  pages,
  actions,
}: {
  text: string;
  search: PaletteSearch;
  recent: RecentRecord[];
  pages: PalettePage[];
  actions: PaletteAction[];
}): PaletteGroup[] {
  const groups: PaletteGroup[] = [];
  const add = (heading: string, entries: PaletteEntry[]) => {
    if (entries.length > 0) groups.push({ heading, entries });
  };
  if (search.kind === "empty") add("Recent", recent.map(recentEntry));
  add("Records", (search.records ?? []).map(recordEntry));
  if (!search.isTooLong) {
    add("Pages", pages.filter((page) => matchesText(page, text)).map(pageEntry));
    add("Actions", actions.filter((action) => matchesText(action, text)).map(actionEntry));
  }
  add("Identities", search.identities.map(identityEntry));
  add("Ledgers", search.ledgers.map(ledgerEntry));
  return groups;
}

function pageEntry(page: PalettePage): PaletteEntry {
  return { value: `page:${page.href}`, label: page.label, run: { type: "page", href: page.href } };
}

function actionEntry(action: PaletteAction): PaletteEntry {
  return {
    value: `action:${action.id}`,
    label: action.label,
    shortcut: action.shortcut,
    run: { type: "action", id: action.id },
  };
}

function identityEntry(identity: PaletteSearch["identities"][number]): PaletteEntry {
  return recordEntry({
    kind: "identity",
    id: identity.id,
    href: `/identities/${encodeURIComponent(identity.id)}`,
    title: identity.name || identity.email || identity.id,
    detail: [identity.type, identity.email, identity.id].filter(Boolean).join(" · "),
  });
}

function ledgerEntry(ledger: PaletteSearch["ledgers"][number]): PaletteEntry {
  return recordEntry({
    kind: "ledger",
    id: ledger.id,
    href: `/ledgers/${encodeURIComponent(ledger.id)}`,
    title: ledger.name || ledger.id,
    detail: `${ledger.isGeneral ? "General Ledger · " : ""}${ledger.id}`,
  });
}

function recordEntry(record: ResolvedRecord): PaletteEntry {
  return {
    value: `${record.kind}:${record.id}`,
    label: record.title,
    detail: record.detail,
    run: {
      type: "record",
      record: { kind: record.kind, id: record.id, href: record.href, title: record.title },
    },
  };
}

function recentEntry(record: RecentRecord): PaletteEntry {
  return {
    value: `recent:${record.href}`,
    label: record.title,
    detail: `${record.kind[0]?.toUpperCase()}${record.kind.slice(1)} · ${record.id}`,
    run: { type: "record", record },
  };
}

/** The line under the input: what the search is doing, or why it found nothing. Null when the list says it. */
export function paletteStatus(search: PaletteSearch, text: string, hasEntries: boolean): string | null {
  if (search.isTooLong) return "Too long to be an ID, a reference or a name: at most 200 characters.";
  if (search.failure) return `Search failed: ${search.failure}`;
  if (search.kind === "empty") return null;
  if (search.records === undefined || (search.kind === "text" && search.isSearching)) return "Searching…";
  if (search.kind !== "text" && search.records.length === 0) return UNKNOWN_RECORD[search.kind];
  if (search.kind === "indicator" && search.records.length > 1) {
    return `${text.trim()} has balances in ${search.records.length} currencies: choose one.`;
  }
  return hasEntries ? null : `Nothing matches “${text.trim()}”.`;
}
