import { RecordHeaderSkeleton, SectionSkeleton } from "@/components/record/record-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** Header, the details list and the balances table at their final heights. */
export default function LedgerLoading() {
  return (
    <section aria-busy="true" aria-label="Loading ledger">
      <RecordHeaderSkeleton actionsWidth="w-36" />
      <div className="flex flex-col gap-8">
        <SectionSkeleton height="h-56" />
        <SectionSkeleton>
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-96 w-full" />
        </SectionSkeleton>
      </div>
    </section>
  );
}
