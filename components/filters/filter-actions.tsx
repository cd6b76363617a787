"use client";

import { ListFilterIcon, TerminalIcon } from "lucide-react";
import * as React from "react";
import { ariaKeyShortcuts, ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import { LazyMount } from "@/components/ui/lazy-mount";
import type { FilterClause } from "@/lib/filters/clauses";
import type { FilterTable } from "@/lib/filters/fields";
import { useShortcut } from "@/lib/keyboard/use-shortcut";

// The filter panel is a chunk of its own, loaded on the first F / "Add filters" (or on hover and focus).
const loadPanel = () => import("./filter-panel");
const FilterPanel = React.lazy(() => loadPanel().then((module) => ({ default: module.FilterPanel })));

/** "Add filters" and `F`: opens the panel with the table's active filters. */
export function AddFilters({
  table,
  clauses,
  precisionOverrides,
}: {
  table: FilterTable;
  clauses: FilterClause[];
  precisionOverrides: [string, string][];
}) {
  const [isOpen, setIsOpen] = React.useState(false);
  useShortcut("addFilters", () => setIsOpen(true));
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => setIsOpen(true)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        aria-keyshortcuts={ariaKeyShortcuts("addFilters")}
        aria-haspopup="dialog"
      >
        <ListFilterIcon aria-hidden /> Add filters <ShortcutHint id="addFilters" />
      </Button>
      <LazyMount when={isOpen}>
        {() => (
          <FilterPanel
            table={table}
            clauses={clauses}
            precisionOverrides={precisionOverrides}
            onClose={() => setIsOpen(false)}
          />
        )}
      </LazyMount>
    </>
  );
}

/** "Copy as API request": the table's Blnk call as curl, the key left as $BLNK_API_KEY. */
export function CopyApiRequest({ request }: { request: string }) {
  const [copied, setCopied] = React.useState<"idle" | "done" | "failed">("idle");
  return (
    <>
      <span role="status" className="text-xs text-muted-foreground">
        {copied === "done" ? "Copied: the key is left as $BLNK_API_KEY." : ""}
        {copied === "failed" ? "The browser did not allow copying." : ""}
      </span>
      <Button
        variant="ghost"
        size="sm"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(request);
            setCopied("done");
          } catch {
            setCopied("failed");
          }
        }}
        onBlur={() => setCopied("idle")}
      >
        <TerminalIcon aria-hidden /> Copy as API request
      </Button>
    </>
  );
}
