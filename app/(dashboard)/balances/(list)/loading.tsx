import { CountAndRefreshSkeleton, ListSkeleton, TableSkeleton } from "@/components/record/table-skeleton";
import { PageHeader } from "@/components/ui/page-header";

/** The table's final shape (count line, header, 20 rows of the same height), so nothing shifts on arrival. */
export default function BalancesLoading() {
  return (
    <>
      <PageHeader title="Balances" />
      <ListSkeleton label="Loading balances" toolbar={<CountAndRefreshSkeleton />}>
        <TableSkeleton rows={20} widths={["w-12", "w-28", "w-24", "w-32", "w-32"]} alignRightFrom={1} />
      </ListSkeleton>
    </>
  );
}
