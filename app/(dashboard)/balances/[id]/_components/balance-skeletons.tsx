import { TransactionTableSkeleton } from "@/app/(dashboard)/balances/[id]/_components/transaction-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** Breadcrumb, heading and ID line at their final heights. */
export function HeaderSkeleton() {
  return (
    <div className="mb-6 flex flex-col gap-2">
      <Skeleton className="h-5 w-72" />
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-6 w-96 max-w-full" />
    </div>
  );
}

export function HealthSkeleton() {
  return (
    <div className="flex flex-col gap-3" aria-hidden>
      <Skeleton shape="pill" className="h-5 w-28" />
      <Skeleton className="h-4 w-80 max-w-full" />
      <Skeleton className="h-56 w-full" />
    </div>
  );
}

export function RecentTransactionsSkeleton() {
  return (
    <div className="flex flex-col gap-3">
      <TransactionTableSkeleton rows={10} />
      <div className="flex justify-end">
        <Skeleton className="h-8 w-40" />
      </div>
    </div>
  );
}

function SectionTitle() {
  return <Skeleton className="h-6 w-24" />;
}

/** The whole details page (loading.tsx): header, summary grid, details list and the last 10 transactions. */
export function BalanceDetailsSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading balance">
      <HeaderSkeleton />
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-3">
          <SectionTitle />
          <div className="grid grid-cols-1 gap-px overflow-hidden rounded-md border bg-border sm:grid-cols-2 lg:grid-cols-3">
            {Array.from({ length: 6 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <div key={index} className="flex flex-col gap-2 bg-background p-4">
                <Skeleton className="h-3 w-28" />
                <Skeleton className="h-6 w-36" />
              </div>
            ))}
          </div>
        </div>
        <div className="flex flex-col gap-3">
          <SectionTitle />
          <div className="divide-y rounded-md border px-4">
            {Array.from({ length: 8 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <div key={index} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
                <Skeleton className="h-4 w-24" />
                <Skeleton className={index === 1 ? "h-72 w-full" : "h-4 w-48"} />
              </div>
            ))}
          </div>
        </div>
        <div className="flex flex-col gap-3">
          <SectionTitle />
          <RecentTransactionsSkeleton />
        </div>
      </div>
    </section>
  );
}

/** The transactions page (its loading.tsx): header, count line, 20 rows and the pager. */
export function BalanceTransactionsSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading transactions">
      <HeaderSkeleton />
      <div className="flex flex-col gap-3">
        <TransactionTableSkeleton rows={20} />
        <div className="flex justify-end">
          <Skeleton className="h-8 w-56" />
        </div>
      </div>
    </section>
  );
}
