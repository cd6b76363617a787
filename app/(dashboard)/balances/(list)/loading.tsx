import { RefreshableTablePageSkeleton } from "@/components/record/table-skeleton";

/** The table's final shape (count line, header, 20 rows of the same height), so nothing shifts on arrival. */
export default function BalancesLoading() {
  return <RefreshableTablePageSkeleton title="Balances" widths={["w-12", "w-28", "w-24", "w-32", "w-32"]} />;
}
