import { TableSkeleton } from "@/components/record/table-skeleton";

/** The transactions table's final shape (header and `rows` rows of the real height), so nothing shifts. */
export function TransactionTableSkeleton({ rows }: { rows: number }) {
  return (
    <TableSkeleton rows={rows} widths={["w-10", "w-24", "w-14", "w-16", "w-32", "w-28"]} alignRightFrom={1} />
  );
}
