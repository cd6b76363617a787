"use client";

import { Kbd } from "@/components/ui/kbd";
import { cn } from "@/lib/cn";
import { comboLabels } from "@/lib/keyboard/combo";
import { SHORTCUTS, type ShortcutId } from "@/lib/keyboard/shortcuts";
import { useIsMac } from "@/lib/keyboard/use-is-mac";

/**
 * The key hint shown next to a control. Hidden from assistive tech by default because the control's
 * `aria-keyshortcuts` already announces it.
 */
export function ShortcutHint({ id, className }: { id: ShortcutId; className?: string }) {
  const isMac = useIsMac();
  const combo = SHORTCUTS[id].combos[0];
  return (
    <span aria-hidden className={cn("inline-flex items-center gap-0.5", className)}>
      {comboLabels(combo, isMac).map((label) => (
        <Kbd key={label}>{label}</Kbd>
      ))}
    </span>
  );
}

/** The `aria-keyshortcuts` value for a shortcut (WAI-ARIA uses "Alt+B", "Shift+?" style names). */
export function ariaKeyShortcuts(id: ShortcutId): string {
  return SHORTCUTS[id].combos.map((combo) => comboLabels(combo, false).join("+")).join(" ");
}
