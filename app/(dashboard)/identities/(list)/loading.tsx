import { Skeleton } from "@/components/ui/skeleton";

/** The table's final shape (count line, header, 20 rows of the same height), so nothing shifts on arrival. */
export default function IdentitiesLoading() {
  return (
    <div className="flex flex-col gap-3" aria-busy="true">
      <span className="sr-only" role="status">
        Loading identities
      </span>
      <div className="flex h-5 items-center">
        <Skeleton className="h-4 w-28" />
      </div>
      <div className="rounded-md border">
        <div className="h-9 border-b bg-surface" />
        {Array.from({ length: 20 }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={index} className="flex h-10 items-center gap-6 border-b px-3 last:border-0">
            <Skeleton className="h-4 w-36" />
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 w-32" />
          </div>
        ))}
      </div>
      <div className="h-8" />
    </div>
  );
}
