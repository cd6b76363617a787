"use client";

import { BookmarkPlusIcon, EllipsisIcon, PencilIcon, SaveIcon, Trash2Icon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import * as React from "react";
import { LazyActionMenu } from "@/components/record/lazy-action-menu";
import { useRefreshAfterWrite } from "@/components/record/use-refresh-after-write";
import { Button } from "@/components/ui/button";
import { LazyMount } from "@/components/ui/lazy-mount";
import { toast } from "@/components/ui/toast";
import type { FilterTable } from "@/lib/filters/fields";
import { createSavedView, renameSavedView, saveSavedViewChanges } from "@/lib/saved-views/actions";
import { type SavedView, sameViewFilters, savedViewHref } from "@/lib/saved-views/view";
import { useViewChange } from "./use-view-change";

// The dialogs (a form with its zod schema) are a chunk of their own, loaded when one first opens.
const loadDialogs = () => import("./saved-views-dialogs");
const ViewFormDialog = React.lazy(() => loadDialogs().then((module) => ({ default: module.ViewFormDialog })));
const DeleteViewDialog = React.lazy(() =>
  loadDialogs().then((module) => ({ default: module.DeleteViewDialog })),
);

// Saved views (product.md §11) above a table: each of the person's views as a link that opens it (its ID and
// its filters in the URL), "Save as view", and on the open view "Save changes" (when its filters were
// edited), "Rename view" and "Delete view". The page passes the views from the server and renders again
// after each change.

export type SavedViewTabsProps = {
  table: FilterTable;
  /** The table page's path, e.g. "/balances": a view's link is `${basePath}?view=<id>&<its filters>`. */
  basePath: string;
  /** The person's own views of this table, from the server (lib/saved-views/page.ts listViewsForPage). */
  views: SavedView[];
  /** The view the URL's `view` parameter opened, if any. */
  activeViewId: string | null;
  /** The filters on the page now, as their canonical query string (lib/filters/url.ts filtersSearch). */
  currentFilters: string;
};

type Open = { kind: "create" } | { kind: "rename"; view: SavedView } | { kind: "delete"; view: SavedView };

export function SavedViewTabs({ table, basePath, views, activeViewId, currentFilters }: SavedViewTabsProps) {
  const [open, setOpen] = React.useState<Open | null>(null);
  const active = views.find((view) => view.id === activeViewId) ?? null;
  const isChanged = active !== null && !sameViewFilters(active.filters, currentFilters);

  return (
    <div className="flex flex-wrap items-center gap-1">
      {views.length > 0 ? (
        <nav aria-label="Saved views">
          <ul className="flex flex-wrap items-center gap-1">
            {views.map((view) => (
              <li key={view.id} className="flex items-center">
                <ViewTab view={view} basePath={basePath} isActive={view.id === active?.id} />
                {view.id === active?.id ? (
                  // The open view's menu; its chunk (Radix's dropdown) loads when the button is first hovered.
                  <LazyActionMenu
                    align="start"
                    trigger={(props) => (
                      <Button
                        variant="ghost"
                        size="sm"
                        className="px-1.5"
                        aria-label={`View options: ${view.name}`}
                        {...props}
                      >
                        <EllipsisIcon aria-hidden />
                      </Button>
                    )}
                    items={[
                      {
                        label: "Rename view",
                        icon: PencilIcon,
                        onSelect: () => setOpen({ kind: "rename", view }),
                      },
                      {
                        label: "Delete view",
                        icon: Trash2Icon,
                        onSelect: () => setOpen({ kind: "delete", view }),
                      },
                    ]}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {active && isChanged ? <SaveChangesButton view={active} filters={currentFilters} /> : null}
      <Button variant="ghost" size="sm" onClick={() => setOpen({ kind: "create" })}>
        <BookmarkPlusIcon aria-hidden /> Save as view
      </Button>
      <LazyMount when={open}>
        {(open) => (
          <ViewDialogs
            open={open}
            table={table}
            basePath={basePath}
            currentFilters={currentFilters}
            onClose={() => setOpen(null)}
          />
        )}
      </LazyMount>
    </div>
  );
}

/** The dialog that is open: "Save as view", "Rename view" or the "Delete view" confirmation. */
function ViewDialogs({
  open,
  table,
  basePath,
  currentFilters,
  onClose,
}: Pick<SavedViewTabsProps, "table" | "basePath" | "currentFilters"> & { open: Open; onClose: () => void }) {
  const router = useRouter();
  const refreshAfterWrite = useRefreshAfterWrite();
  return (
    <>
      {open.kind === "create" ? (
        <ViewFormDialog
          title="Save as view"
          description="The filters on the table now, under a name, as a tab here. Only you see it in your tabs; its link opens it for anyone who may see this page."
          idPrefix="save-view"
          defaultValues={{ name: "", description: "" }}
          submitLabel="Save view"
          busyLabel="Saving…"
          save={(values) => createSavedView({ ...values, table, filters: currentFilters })}
          onSaved={(view) => {
            toast({ title: `Saved the view "${view.name}"` });
            onClose();
            // A new URL: the page renders again with the new tab open.
            router.push(savedViewHref(basePath, view), { scroll: false });
          }}
          onClose={onClose}
        />
      ) : null}
      {open.kind === "rename" ? (
        <ViewFormDialog
          title="Rename view"
          description="A new name for this view, and its description."
          idPrefix="rename-view"
          defaultValues={{ name: open.view.name, description: open.view.description }}
          submitLabel="Rename view"
          busyLabel="Renaming…"
          save={(values) => renameSavedView({ ...values, id: open.view.id })}
          onSaved={(view) => {
            toast({ title: `Renamed the view to "${view.name}"` });
            onClose();
            refreshAfterWrite({ queries: false });
          }}
          onClose={onClose}
        />
      ) : null}
      {open.kind === "delete" ? (
        <DeleteViewDialog
          view={open.view}
          onDeleted={() => {
            onClose();
            // Off the view: its link no longer opens anything.
            router.push(basePath, { scroll: false });
          }}
          onClose={onClose}
        />
      ) : null}
    </>
  );
}

function ViewTab({ view, basePath, isActive }: { view: SavedView; basePath: string; isActive: boolean }) {
  return (
    <Link
      href={savedViewHref(basePath, view)}
      aria-current={isActive ? "page" : undefined}
      title={view.description || undefined}
      scroll={false}
      className="max-w-48 truncate rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-muted hover:text-foreground aria-[current=page]:bg-muted aria-[current=page]:font-medium aria-[current=page]:text-foreground"
    >
      {view.name}
    </Link>
  );
}

function SaveChangesButton({ view, filters }: { view: SavedView; filters: string }) {
  const refreshAfterWrite = useRefreshAfterWrite();
  const change = useViewChange(
    () => saveSavedViewChanges({ id: view.id, filters }),
    () => {
      toast({ title: `Saved changes to "${view.name}"` });
      refreshAfterWrite({ queries: false });
    },
  );
  const { isBusy: isSaving, error } = change;

  return (
    <>
      <Button variant="secondary" size="sm" disabled={isSaving} aria-busy={isSaving} onClick={change.run}>
        <SaveIcon aria-hidden /> {isSaving ? "Saving…" : "Save changes"}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </>
  );
}
