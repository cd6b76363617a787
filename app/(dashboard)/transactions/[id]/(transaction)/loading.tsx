import { RecordHeaderSkeleton, SectionSkeleton } from "@/components/record/record-skeleton";

/** The details page's final shape: header, the fields, the lifecycle and the raw record. */
export default function TransactionLoading() {
  return (
    <div role="status" aria-busy aria-label="Loading transaction" className="flex flex-col gap-8">
      <RecordHeaderSkeleton actionsWidth="w-0" hasBadge />
      <SectionSkeleton height="h-[30rem]" />
      <SectionSkeleton titleWidth="w-28" height="h-40" />
    </div>
  );
}
