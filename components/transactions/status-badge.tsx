import { cn } from "@/lib/cn";

const STATUS_TONES: Record<string, string> = {
  APPLIED: "text-positive",
  COMMIT: "text-positive",
  INFLIGHT: "text-warning",
  QUEUED: "text-warning",
  SCHEDULED: "text-warning",
  REJECTED: "text-danger",
  VOID: "text-muted-foreground",
};

/** A transaction's status as Core writes it (APPLIED, INFLIGHT, VOID…), as a badge with its text. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border bg-muted px-2 py-0.5 text-xs font-medium">
      <span aria-hidden className={cn("size-1.5 rounded-full bg-current", STATUS_TONES[status])} />
      {status || "—"}
    </span>
  );
}
