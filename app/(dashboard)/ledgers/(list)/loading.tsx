import { ListSkeleton, TableSkeleton } from "@/components/record/table-skeleton";
import { PageHeader } from "@/components/ui/page-header";

export default function LedgersLoading() {
  return (
    <>
      <PageHeader
        title="Ledgers"
        description={<span className="inline-block h-4 w-20 animate-pulse rounded bg-muted" />}
      />
      <ListSkeleton label="Loading ledgers">
        <TableSkeleton rows={8} widths={["w-44", "w-32", "w-72"]} />
      </ListSkeleton>
    </>
  );
}
