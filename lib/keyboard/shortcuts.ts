import type { KeyCombo } from "./combo";

export type ShortcutDefinition = {
  /** What it does, as listed in the "Keyboard shortcuts" help. */
  description: string;
  group: "General" | "Balances" | "Transactions" | "Identities" | "Ledgers";
  /** Alternatives: any of them triggers the shortcut. */
  combos: readonly KeyCombo[];
  /** A key pressed first (`⇧T` then `S`): the shortcut listens for a moment after it. */
  after?: KeyCombo;
};

const SHIFT_T: KeyCombo = { code: "KeyT", shift: true };

/** Every shortcut in the app (product.md §7). Components refer to these by id so the help never drifts. */
export const SHORTCUTS = {
  help: {
    description: "Show keyboard shortcuts",
    group: "General",
    combos: [{ code: "Slash", shift: true, key: "?" }],
  },
  commandPalette: {
    description: "Open the command palette: go to a page, run an action, find a record",
    group: "General",
    // ⌘K on a Mac, Ctrl+K elsewhere; either works on both.
    combos: [
      { code: "KeyK", meta: true },
      { code: "KeyK", ctrl: true },
    ],
  },
  closeOverlay: {
    description: "Close the top overlay",
    group: "General",
    combos: [{ code: "Escape" }],
  },
  createBalance: {
    description: "Create balance (owner or ledger preset on their pages)",
    group: "Balances",
    combos: [{ code: "KeyB", alt: true }],
  },
  openRow: {
    description: "Open the summary of the focused row",
    group: "Balances",
    combos: [{ code: "Enter" }],
  },
  expand: {
    description: "Expand the open summary (or the focused row) to full details",
    group: "Balances",
    combos: [{ code: "KeyE" }],
  },
  previousRow: {
    description: "Previous row",
    group: "Balances",
    combos: [{ code: "ArrowUp" }, { code: "KeyK" }],
  },
  nextRow: {
    description: "Next row",
    group: "Balances",
    combos: [{ code: "ArrowDown" }, { code: "KeyJ" }],
  },
  partyPrefix: {
    description: "Then S or D: open a transaction's source or destination balance",
    group: "Transactions",
    combos: [SHIFT_T],
  },
  openSource: {
    description: "Open the transaction's source balance",
    group: "Transactions",
    combos: [{ code: "KeyS" }],
    after: SHIFT_T,
  },
  openDestination: {
    description: "Open the transaction's destination balance",
    group: "Transactions",
    combos: [{ code: "KeyD" }],
    after: SHIFT_T,
  },
  createTransaction: {
    description: "Create transaction (the balance preset on its pages)",
    group: "Transactions",
    combos: [{ code: "KeyT", alt: true }],
  },
  commitTransaction: {
    description: "Commit the open inflight transaction",
    group: "Transactions",
    combos: [{ code: "KeyC" }],
  },
  voidTransaction: {
    description: "Void the open inflight transaction",
    group: "Transactions",
    combos: [{ code: "KeyV" }],
  },
  refundTransaction: {
    description: "Refund the open applied transaction",
    group: "Transactions",
    combos: [{ code: "KeyR" }],
  },
  createIdentity: {
    description: "Create identity",
    group: "Identities",
    combos: [{ code: "KeyI", alt: true }],
  },
  createLedger: {
    description: "Create ledger",
    group: "Ledgers",
    combos: [{ code: "KeyL", alt: true }],
  },
  addFilters: {
    description: "Add filters to the table",
    group: "General",
    combos: [{ code: "KeyF" }],
  },
} as const satisfies Record<string, ShortcutDefinition>;

export type ShortcutId = keyof typeof SHORTCUTS;
