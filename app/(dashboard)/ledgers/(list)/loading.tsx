import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

export default function LedgersLoading() {
  return (
    <>
      <PageHeader
        title="Ledgers"
        description={<span className="inline-block h-4 w-20 animate-pulse rounded bg-muted" />}
      />
      <div className="flex flex-col gap-3" aria-busy="true">
        <span className="sr-only" role="status">
          Loading ledgers
        </span>
        <div className="rounded-md border">
          <div className="h-9 border-b bg-surface" />
          {Array.from({ length: 8 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <div key={index} className="flex h-10 items-center gap-6 border-b px-3 last:border-0">
              <Skeleton className="h-4 w-44" />
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-4 w-72" />
            </div>
          ))}
        </div>
        <div className="h-8" />
      </div>
    </>
  );
}
