import { ListSkeleton, TableSkeleton } from "@/components/record/table-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

/** The table's final shape (count line, header, 20 rows of the same height), so nothing shifts on arrival. */
export default function TransactionsLoading() {
  return (
    <>
      <PageHeader title="Transactions" />
      <ListSkeleton
        label="Loading transactions"
        toolbar={
          <div className="flex h-8 items-center justify-between">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-8 w-24" />
          </div>
        }
      >
        <TableSkeleton
          rows={20}
          widths={["w-12", "w-28", "w-20", "w-32", "w-32", "w-32"]}
          alignRightFrom={1}
        />
      </ListSkeleton>
    </>
  );
}
