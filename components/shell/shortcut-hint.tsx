"use client";

import { Kbd } from "@/components/ui/kbd";
import { cn } from "@/lib/cn";
import { comboLabels, type KeyCombo } from "@/lib/keyboard/combo";
import { SHORTCUTS, type ShortcutDefinition, type ShortcutId } from "@/lib/keyboard/shortcuts";
import { useIsMac } from "@/lib/keyboard/use-is-mac";

/**
 * The key hint shown next to a control. Hidden from assistive tech by default because the control's
 * `aria-keyshortcuts` already announces it.
 */
export function ShortcutHint({ id, className }: { id: ShortcutId; className?: string }) {
  const isMac = useIsMac();
  const shortcut: ShortcutDefinition = SHORTCUTS[id];
  const labels = [
    ...(shortcut.after ? comboLabels(shortcut.after, isMac) : []),
    ...comboLabels(hintCombo(shortcut, isMac), isMac),
  ];
  return (
    <span aria-hidden className={cn("inline-flex items-center gap-0.5", className)}>
      {labels.map((label, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed sequence of keys (⇧ T S has two letters)
        <Kbd key={index}>{label}</Kbd>
      ))}
    </span>
  );
}

/** The combo a hint shows: the first, except that a Mac is shown ⌘ rather than Ctrl, and a PC the reverse. */
export function hintCombo(shortcut: ShortcutDefinition, isMac: boolean): KeyCombo {
  const native = shortcut.combos.find((combo) => (isMac ? !combo.ctrl : !combo.meta));
  return native ?? shortcut.combos[0] ?? { code: "" };
}

/**
 * The `aria-keyshortcuts` value for a shortcut (WAI-ARIA uses "Alt+B", "Shift+?" style names). It cannot say
 * "one key, then another", so shortcuts with `after` are left without it.
 */
export function ariaKeyShortcuts(id: ShortcutId): string {
  return SHORTCUTS[id].combos.map((combo) => comboLabels(combo, false).join("+")).join(" ");
}
