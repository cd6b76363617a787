"use client";

import { ListFilterIcon, TerminalIcon, XIcon } from "lucide-react";
import Link from "next/link";
import * as React from "react";
import { ariaKeyShortcuts, ShortcutHint } from "@/components/shell/shortcut-hint";
import { Button } from "@/components/ui/button";
import type { FilterClause } from "@/lib/filters/clauses";
import type { FilterTable } from "@/lib/filters/fields";
import { activeQuickView, clauseLabel, QUICK_VIEWS, withQuickView } from "@/lib/filters/quick-views";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import { useFilterNavigation } from "./use-filter-navigation";

// The filter panel is a chunk of its own, loaded on the first F / "Add filters" (or on hover and focus).
const loadPanel = () => import("./filter-panel");
const FilterPanel = React.lazy(() => loadPanel().then((module) => ({ default: module.FilterPanel })));

export type FilterBarProps = {
  table: FilterTable;
  /** The filters that hold, as the server read them from the URL. */
  clauses: FilterClause[];
  /** Filters the URL had that were left out, and why. */
  notices: string[];
  /** The curl that returns the table's rows from Blnk (no key). */
  apiRequest: string;
  /** CURRENCY_PRECISION overrides, so the panel checks amounts as the server will. */
  precisionOverrides: [string, string][];
  /** Saved views' tabs and buttons, beside the quick views. */
  savedViews?: React.ReactNode;
};

function QuickViewTabs({ table, clauses }: { table: FilterTable; clauses: FilterClause[] }) {
  const { hrefFor } = useFilterNavigation();
  const views = QUICK_VIEWS[table];
  if (!views) return null;
  const active = activeQuickView(table, clauses);
  return (
    <nav aria-label="Quick views" className="flex flex-wrap gap-1">
      {views.map((view) => (
        <Link
          key={view.id}
          href={hrefFor(withQuickView(table, clauses, view.id))}
          aria-current={active === view.id ? "page" : undefined}
          scroll={false}
          className="rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-muted hover:text-foreground aria-[current=page]:bg-muted aria-[current=page]:font-medium aria-[current=page]:text-foreground"
        >
          {view.label}
        </Link>
      ))}
    </nav>
  );
}

function FilterChips({ table, clauses }: { table: FilterTable; clauses: FilterClause[] }) {
  const { hrefFor } = useFilterNavigation();
  if (clauses.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {clauses.map((clause, index) => {
        const label = clauseLabel(table, clause);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same filter may be listed twice
          <li key={`${index}:${label}`}>
            <Link
              href={hrefFor(clauses.filter((_, i) => i !== index))}
              scroll={false}
              aria-label={`Remove filter ${label}`}
              title="Remove this filter"
              className="group inline-flex max-w-sm items-center gap-1.5 rounded-full border bg-muted px-3 py-1 text-sm hover:border-foreground/40"
            >
              <span className="truncate">{label}</span>
              <XIcon
                className="size-3.5 shrink-0 text-muted-foreground group-hover:text-foreground"
                aria-hidden
              />
            </Link>
          </li>
        );
      })}
      {clauses.length > 1 ? (
        <li>
          <Link href={hrefFor([])} scroll={false} className="text-sm text-muted-foreground hover:underline">
            Clear filters
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

function CopyApiRequest({ request }: { request: string }) {
  const [copied, setCopied] = React.useState<"idle" | "done" | "failed">("idle");
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        data-request={request}
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
      <span role="status" className="text-xs text-muted-foreground">
        {copied === "done" ? "Copied: the key is left as $BLNK_API_KEY." : ""}
        {copied === "failed" ? "The browser did not allow copying." : ""}
      </span>
    </>
  );
}

/**
 * Above a table: quick views and saved views as tabs, "Add filters" (`F`), the active filters as removable
 * chips, what was left out of the URL and why, and "Copy as API request".
 */
export function FilterBar({
  table,
  clauses,
  notices,
  apiRequest,
  precisionOverrides,
  savedViews,
}: FilterBarProps) {
  const [isOpen, setIsOpen] = React.useState(false);
  useShortcut("addFilters", () => setIsOpen(true));
  return (
    <section aria-label="Filters" className="mb-3 flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <QuickViewTabs table={table} clauses={clauses} />
        {savedViews}
        <div className="ml-auto flex items-center gap-2">
          <CopyApiRequest request={apiRequest} />
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
        </div>
      </div>
      <FilterChips table={table} clauses={clauses} />
      {notices.length > 0 ? (
        <ul role="status" aria-label="Filters left out" className="rounded-md border px-3 py-2 text-sm">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {isOpen ? (
        <React.Suspense fallback={null}>
          <FilterPanel
            table={table}
            clauses={clauses}
            precisionOverrides={precisionOverrides}
            onClose={() => setIsOpen(false)}
          />
        </React.Suspense>
      ) : null}
    </section>
  );
}
