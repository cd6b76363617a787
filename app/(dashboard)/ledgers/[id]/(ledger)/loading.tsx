import { Skeleton } from "@/components/ui/skeleton";

/** Header, the details list and the balances table at their final heights. */
export default function LedgerLoading() {
  return (
    <section aria-busy="true" aria-label="Loading ledger">
      <div className="mb-6 flex flex-col gap-2">
        <Skeleton className="h-5 w-56" />
        <div className="flex items-end justify-between">
          <Skeleton className="h-8 w-64" />
          <Skeleton className="h-8 w-36" />
        </div>
      </div>
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-3">
          <Skeleton className="h-6 w-24" />
          <Skeleton className="h-36 w-full" />
        </div>
        <div className="flex flex-col gap-3">
          <Skeleton className="h-6 w-24" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-96 w-full" />
        </div>
      </div>
    </section>
  );
}
