"use client";

import * as React from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/kbd";
import { comboLabels } from "@/lib/keyboard/combo";
import { SHORTCUTS, type ShortcutDefinition } from "@/lib/keyboard/shortcuts";
import { useIsMac } from "@/lib/keyboard/use-is-mac";

const groups = Object.values(SHORTCUTS).reduce<Record<string, ShortcutDefinition[]>>((acc, shortcut) => {
  acc[shortcut.group] = [...(acc[shortcut.group] ?? []), shortcut];
  return acc;
}, {});

/** The "Keyboard shortcuts" dialog, open while mounted (see ShortcutsHelp). */
export function ShortcutsHelpDialog({ onClose }: { onClose: () => void }) {
  const isMac = useIsMac();
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogDescription>Single-key shortcuts do not fire while you type in a field.</DialogDescription>
        </DialogHeader>
        {Object.entries(groups).map(([group, shortcuts]) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`} className="flex flex-col gap-2">
            <h3 id={`shortcuts-${group}`} className="text-xs font-medium text-muted-foreground uppercase">
              {group}
            </h3>
            <dl className="flex flex-col gap-1.5">
              {shortcuts.map((shortcut) => (
                <div key={shortcut.description} className="flex items-center justify-between gap-4 text-sm">
                  <dt>{shortcut.description}</dt>
                  <dd className="flex shrink-0 items-center gap-1 text-muted-foreground">
                    {shortcut.after ? (
                      <>
                        {comboLabels(shortcut.after, isMac).map((label) => (
                          <Kbd key={label}>{label}</Kbd>
                        ))}
                        <span className="text-xs">then</span>
                      </>
                    ) : null}
                    {shortcut.combos.map((combo, index) => (
                      <React.Fragment key={comboLabels(combo, false).join("+")}>
                        {index > 0 ? <span className="text-xs">or</span> : null}
                        {comboLabels(combo, isMac).map((label) => (
                          <Kbd key={label}>{label}</Kbd>
                        ))}
                      </React.Fragment>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </DialogContent>
    </Dialog>
  );
}
