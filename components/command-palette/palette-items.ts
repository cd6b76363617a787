import { OVERSIGHT_PAGES } from "@/components/shell/oversight-pages";
import type { ShortcutId } from "@/lib/keyboard/shortcuts";

// What the command palette offers besides records: the pages a person may open and the actions their role
// allows, matched against what is typed. Plain data, so the rules are tested without a browser.

export type PalettePage = { label: string; href: string; keywords: string[] };

const PAGES: PalettePage[] = [
  { label: "Balances", href: "/balances", keywords: ["accounts", "wallets"] },
  { label: "Transactions", href: "/transactions", keywords: ["payments", "transfers"] },
  { label: "Holds", href: "/transactions/holds", keywords: ["inflight", "pending"] },
  { label: "Identities", href: "/identities", keywords: ["customers", "owners", "people"] },
  { label: "Ledgers", href: "/ledgers", keywords: ["books"] },
];

/** Every page the role may open: the oversight pages (Settings, the audit log) for Admins and Auditors only. */
export function palettePages(canOversee: boolean): PalettePage[] {
  if (!canOversee) return PAGES;
  return [
    ...PAGES,
    ...OVERSIGHT_PAGES.map((page) => ({
      label: page.href.startsWith("/settings/") ? `Settings: ${page.label}` : page.label,
      href: page.href,
      keywords: ["settings", "admin"],
    })),
  ];
}

export type PaletteActionId =
  | "createBalance"
  | "createTransaction"
  | "createIdentity"
  | "createLedger"
  | "toggleTheme";

export type PaletteAction = {
  id: PaletteActionId;
  label: string;
  keywords: string[];
  shortcut?: ShortcutId;
};

/** The actions the role allows: the creates only for those who may create (Operators and Admins). */
export function paletteActions({
  canCreateBalance,
  canCreateTransaction,
  canCreateRecords = canCreateTransaction,
}: {
  canCreateBalance: boolean;
  canCreateTransaction: boolean;
  /** Create identity and Create ledger (the dashboard's, like Create transaction). */
  canCreateRecords?: boolean;
}): PaletteAction[] {
  const actions: PaletteAction[] = [];
  if (canCreateBalance) {
    actions.push({
      id: "createBalance",
      label: "Create balance",
      keywords: ["new", "account"],
      shortcut: "createBalance",
    });
  }
  if (canCreateTransaction) {
    actions.push({
      id: "createTransaction",
      label: "Create transaction",
      keywords: ["new", "transfer", "payment", "move money"],
      shortcut: "createTransaction",
    });
  }
  if (canCreateRecords) {
    actions.push(
      {
        id: "createIdentity",
        label: "Create identity",
        keywords: ["new", "customer", "person", "organization"],
        shortcut: "createIdentity",
      },
      { id: "createLedger", label: "Create ledger", keywords: ["new"], shortcut: "createLedger" },
    );
  }
  actions.push({ id: "toggleTheme", label: "Switch theme", keywords: ["dark", "light", "appearance"] });
  return actions;
}

/**
 * Whether an entry matches the typed text: every word of it starts a word of the label or a keyword (any
 * case), so "cr tr" finds "Create transaction" and "set" finds "Settings: Users".
 */
export function matchesText(entry: { label: string; keywords: string[] }, text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [entry.label, ...entry.keywords]
    .join(" ")
    .toLowerCase()
    .split(/[\s:]+/);
  return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
}
