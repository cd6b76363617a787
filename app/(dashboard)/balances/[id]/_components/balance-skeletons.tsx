import { TransactionTableSkeleton } from "@/app/(dashboard)/balances/[id]/_components/transaction-table-skeleton";
import { PairsSkeleton, SectionSkeleton } from "@/components/record/record-skeleton";
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

/** A transactions table of `rows` rows and, at the right under it, the pager. */
function TransactionsSkeleton({ rows, pagerWidth }: { rows: number; pagerWidth: string }) {
  return (
    <div className="flex flex-col gap-3">
      <TransactionTableSkeleton rows={rows} />
      <div className="flex justify-end">
        <Skeleton className={`h-8 ${pagerWidth}`} />
      </div>
    </div>
  );
}

export function RecentTransactionsSkeleton() {
  return <TransactionsSkeleton rows={10} pagerWidth="w-40" />;
}

/** The whole details page (loading.tsx): header, summary grid, details list and the last 10 transactions. */
export function BalanceDetailsSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading balance">
      <HeaderSkeleton />
      <div className="flex flex-col gap-8">
        <SectionSkeleton>
          <PairsSkeleton
            count={6}
            className="grid grid-cols-1 gap-px overflow-hidden rounded-md border bg-border sm:grid-cols-2 lg:grid-cols-3"
            itemClassName="flex flex-col gap-2 bg-background p-4"
            label="h-3 w-28"
            value="h-6 w-36"
          />
        </SectionSkeleton>
        <SectionSkeleton>
          <PairsSkeleton
            count={8}
            className="divide-y rounded-md border px-4"
            itemClassName="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4"
            label="h-4 w-24"
            value={(index) => (index === 1 ? "h-72 w-full" : "h-4 w-48")}
          />
        </SectionSkeleton>
        <SectionSkeleton>
          <RecentTransactionsSkeleton />
        </SectionSkeleton>
      </div>
    </section>
  );
}

/** The transactions page (its loading.tsx): header, count line, 20 rows and the pager. */
export function BalanceTransactionsSkeleton() {
  return (
    <section aria-busy="true" aria-label="Loading transactions">
      <HeaderSkeleton />
      <TransactionsSkeleton rows={20} pagerWidth="w-56" />
    </section>
  );
}
