import { ListSkeleton, TableSkeleton } from "@/components/record/table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** The table's final shape (count line, header, 20 rows of the same height), so nothing shifts on arrival. */
export default function IdentitiesLoading() {
  return (
    <ListSkeleton
      label="Loading identities"
      toolbar={
        <div className="flex h-5 items-center">
          <Skeleton className="h-4 w-28" />
        </div>
      }
    >
      <TableSkeleton rows={20} widths={["w-36", "w-20", "w-48", "w-24", "w-14", "w-32"]} />
    </ListSkeleton>
  );
}
