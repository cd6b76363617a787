import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * A table's final shape while it loads: the header row and `rows` rows of the real height (h-10), one
 * placeholder per column at roughly its width, so nothing shifts when the data arrives. `widths` are
 * Tailwind width classes, one per column; from column `alignRightFrom` on they sit at the right (amounts).
 */
export function TableSkeleton({
  rows,
  widths,
  alignRightFrom,
}: {
  rows: number;
  widths: readonly string[];
  alignRightFrom?: number;
}) {
  return (
    <div className="rounded-md border" aria-hidden>
      <div className="h-9 border-b bg-surface" />
      {Array.from({ length: rows }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={row} className="flex h-10 items-center gap-6 border-b px-3 last:border-0">
          {widths.map((width, column) => (
            <Skeleton
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed, never reordered
              key={column}
              className={`h-4 ${width}${column === alignRightFrom ? " ml-auto" : ""}`}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

/** A list page's loading state: a status for screen readers, the line above the table, the table, the pager. */
export function ListSkeleton({
  label,
  toolbar,
  children,
}: {
  label: string;
  toolbar?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-3" aria-busy="true">
      <span className="sr-only" role="status">
        {label}
      </span>
      {toolbar}
      {children}
      <div className="h-8" />
    </div>
  );
}

/**
 * A refreshable table's page while it loads (Balances, Transactions, Holds): its title, the count and Refresh
 * line, and 20 rows with the amounts from the second column on at the right.
 */
export function RefreshableTablePageSkeleton({
  title,
  widths,
}: {
  title: string;
  widths: readonly string[];
}) {
  return (
    <>
      <PageHeader title={title} />
      <ListSkeleton label={`Loading ${title.toLowerCase()}`} toolbar={<CountAndRefreshSkeleton />}>
        <TableSkeleton rows={20} widths={widths} alignRightFrom={1} />
      </ListSkeleton>
    </>
  );
}

/** The line above a refreshable table while it loads: the count at the left, Refresh at the right. */
function CountAndRefreshSkeleton() {
  return (
    <div className="flex h-8 items-center justify-between">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-24" />
    </div>
  );
}
