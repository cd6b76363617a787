import { Skeleton } from "@/components/ui/skeleton";

/** The transactions table's final shape (header and `rows` rows of the real height), so nothing shifts. */
export function TransactionTableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="rounded-md border" aria-hidden>
      <div className="h-9 border-b bg-surface" />
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={index} className="flex h-10 items-center gap-6 border-b px-3 last:border-0">
          <Skeleton className="h-4 w-10" />
          <Skeleton className="ml-auto h-4 w-24" />
          <Skeleton className="h-4 w-14" />
          <Skeleton className="h-4 w-16" />
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-4 w-28" />
        </div>
      ))}
    </div>
  );
}
