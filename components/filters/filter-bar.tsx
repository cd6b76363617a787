import Link from "next/link";
import { ExportButton } from "@/components/export/export-button";
import type { FilterClause } from "@/lib/filters/clauses";
import type { FilterTable } from "@/lib/filters/fields";
import { activeQuickView, clauseLabel, QUICK_VIEWS, withQuickView } from "@/lib/filters/quick-views";
import { filterHref, filtersSearch } from "@/lib/filters/url";
import type { SavedView } from "@/lib/saved-views/schema";
import { AddFilters, CopyApiRequest } from "./filter-actions";
import { FilterChip } from "./filter-chip";
import { SavedViewTabs } from "./saved-views";

// Rendered on the server: the tabs and chips are plain links, so only the two buttons hydrate.

export type FilterBarProps = {
  table: FilterTable;
  /** The page's path and its current query, for the links. */
  path: string;
  current: [string, string][];
  /** The filters that hold, as the server read them from the URL. */
  clauses: FilterClause[];
  /** Filters the URL had that were left out, and why. */
  notices: string[];
  /** The curl that returns the table's rows from Blnk (no key). */
  apiRequest: string;
  /** CURRENCY_PRECISION overrides, so the panel checks amounts as the server will. */
  precisionOverrides: [string, string][];
  /** The query the table's Export sends: the page's, with the filters in force. */
  exportParams?: [string, string][];
  /** The person's saved views of this table, and the one open. */
  saved?: { views: SavedView[]; activeViewId: string | null };
};

type Links = { table: FilterTable; clauses: FilterClause[]; hrefFor: (clauses: FilterClause[]) => string };

function QuickViewTabs({ table, clauses, hrefFor, inSavedView }: Links & { inSavedView: boolean }) {
  const views = QUICK_VIEWS[table];
  if (!views) return null;
  const quick = activeQuickView(table, clauses);
  // In a saved view, "All" is not the open tab: the view is.
  const active = inSavedView && quick === "all" ? null : quick;
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

function FilterChips({ table, clauses, hrefFor }: Links) {
  if (clauses.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {clauses.map((clause, index) => {
        const label = clauseLabel(table, clause);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same filter may be listed twice
          <li key={`${index}:${label}`}>
            <FilterChip href={hrefFor(clauses.filter((_, i) => i !== index))} label={label}>
              <span className="truncate">{label}</span>
            </FilterChip>
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

/**
 * Above a table: quick views and saved views as tabs, "Add filters" (`F`), the active filters as removable
 * chips, what was left out of the URL and why, and "Copy as API request".
 */
export function FilterBar(props: FilterBarProps) {
  const { table, clauses, notices } = props;
  const hrefFor = (next: FilterClause[]) => filterHref(props.path, props.current, next);
  return (
    <section aria-label="Filters" className="mb-3 flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <QuickViewTabs
          table={table}
          clauses={clauses}
          hrefFor={hrefFor}
          inSavedView={Boolean(props.saved?.activeViewId)}
        />
        {props.saved ? (
          <SavedViewTabs
            table={table}
            basePath={props.path}
            views={props.saved.views}
            activeViewId={props.saved.activeViewId}
            currentFilters={filtersSearch(clauses)}
          />
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          <CopyApiRequest request={props.apiRequest} />
          {props.exportParams ? (
            <ExportButton path={`/api/export/${table}`} params={props.exportParams} what={table} />
          ) : null}
          <AddFilters table={table} clauses={clauses} precisionOverrides={props.precisionOverrides} />
        </div>
      </div>
      <FilterChips table={table} clauses={clauses} hrefFor={hrefFor} />
      {notices.length > 0 ? (
        <ul role="status" aria-label="Filters left out" className="rounded-md border px-3 py-2 text-sm">
          {notices.map((notice, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: notices may repeat
            <li key={index}>{notice}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
