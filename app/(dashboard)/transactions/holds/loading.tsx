import { RefreshableTablePageSkeleton } from "@/components/record/table-skeleton";

export default function HoldsLoading() {
  return (
    <RefreshableTablePageSkeleton
      title="Holds"
      widths={["w-6", "w-28", "w-28", "w-12", "w-32", "w-32", "w-28"]}
    />
  );
}
