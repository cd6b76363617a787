import { Skeleton } from "@/components/ui/skeleton";

/** A record header while it loads: breadcrumb, heading with the actions' width at the right, a badge line. */
export function RecordHeaderSkeleton({
  actionsWidth,
  hasBadge = false,
}: {
  actionsWidth: string;
  hasBadge?: boolean;
}) {
  return (
    <div className="mb-6 flex flex-col gap-2">
      <Skeleton className="h-5 w-56" />
      <div className="flex items-end justify-between">
        <Skeleton className="h-8 w-64" />
        <Skeleton className={`h-8 ${actionsWidth}`} />
      </div>
      {hasBadge ? <Skeleton className="h-5 w-24" /> : null}
    </div>
  );
}

/** A section title and a block of the section's final height. */
export function SectionSkeleton({ titleWidth = "w-24", height }: { titleWidth?: string; height: string }) {
  return (
    <div className="flex flex-col gap-3">
      <Skeleton className={`h-6 ${titleWidth}`} />
      <Skeleton className={`${height} w-full`} />
    </div>
  );
}
