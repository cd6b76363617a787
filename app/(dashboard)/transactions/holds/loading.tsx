import { CountAndRefreshSkeleton, ListSkeleton, TableSkeleton } from "@/components/record/table-skeleton";
import { PageHeader } from "@/components/ui/page-header";

export default function HoldsLoading() {
  return (
    <>
      <PageHeader title="Holds" />
      <ListSkeleton label="Loading holds" toolbar={<CountAndRefreshSkeleton />}>
        <TableSkeleton
          rows={20}
          widths={["w-6", "w-28", "w-28", "w-12", "w-32", "w-32", "w-28"]}
          alignRightFrom={1}
        />
      </ListSkeleton>
    </>
  );
}
