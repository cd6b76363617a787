import { PairsSkeleton, RecordHeaderSkeleton, SectionSkeleton } from "@/components/record/record-skeleton";

/** Header, details list and the connected balances at their final heights. */
export function IdentityDetailsSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading identity">
      <RecordHeaderSkeleton actionsWidth="w-24" hasBadge />
      <div className="flex flex-col gap-8">
        <SectionSkeleton>
          <PairsSkeleton
            count={12}
            className="rounded-md border px-4"
            itemClassName="flex h-11 items-center gap-4 border-b last:border-0"
            label="h-4 w-32"
            value="h-4 w-48"
          />
        </SectionSkeleton>
        <SectionSkeleton titleWidth="w-44" height="h-72" />
      </div>
    </section>
  );
}
