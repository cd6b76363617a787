import type { KeyCombo } from "./combo";

export type ShortcutDefinition = {
  /** What it does, as listed in the "Keyboard shortcuts" help. */
  description: string;
  group: "General" | "Balances";
  /** Alternatives: any of them triggers the shortcut. */
  combos: readonly KeyCombo[];
};

/** Every shortcut in the app (product.md §7). Components refer to these by id so the help never drifts. */
export const SHORTCUTS = {
  help: {
    description: "Show keyboard shortcuts",
    group: "General",
    combos: [{ code: "Slash", shift: true, key: "?" }],
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
} as const satisfies Record<string, ShortcutDefinition>;

export type ShortcutId = keyof typeof SHORTCUTS;
