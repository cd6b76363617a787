import type * as React from "react";
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

/** A section title and what follows it: the section's own placeholders, or a block of its final height. */
export function SectionSkeleton({
  titleWidth = "w-24",
  height,
  children,
}: {
  titleWidth?: string;
  height?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-3">
      <Skeleton className={`h-6 ${titleWidth}`} />
      {children ?? <Skeleton className={`${height} w-full`} />}
    </div>
  );
}

/**
 * `count` placeholder items in a box, each two skeletons (a label and its value): a details list, or a grid
 * of figures. `value` may be drawn per item (one row holding a tall block, say).
 */
export function PairsSkeleton({
  count,
  className,
  itemClassName,
  label,
  value,
}: {
  count: number;
  className: string;
  itemClassName: string;
  label: string;
  value: string | ((index: number) => string);
}) {
  return (
    <div className={className}>
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={index} className={itemClassName}>
          <Skeleton className={label} />
          <Skeleton className={typeof value === "string" ? value : value(index)} />
        </div>
      ))}
    </div>
  );
}
