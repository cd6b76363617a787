import { RecordHeaderSkeleton, SectionSkeleton } from "@/components/record/record-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** Header, details list and the connected balances at their final heights. */
export function IdentityDetailsSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading identity">
      <RecordHeaderSkeleton actionsWidth="w-24" hasBadge />
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-6 w-24" />
          <div className="rounded-md border px-4">
            {Array.from({ length: 12 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <div key={index} className="flex h-11 items-center gap-4 border-b last:border-0">
                <Skeleton className="h-4 w-32" />
                <Skeleton className="h-4 w-48" />
              </div>
            ))}
          </div>
        </div>
        <SectionSkeleton titleWidth="w-44" height="h-72" />
      </div>
    </section>
  );
}
