"use client";

import { RotateCwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The total (or the page number until it is known) and Refresh. */
export function ListToolbar({
  countText,
  isFetching,
  onRefresh,
}: {
  countText: string;
  isFetching: boolean;
  onRefresh: () => void;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {countText}
      </p>
      <Button size="sm" onClick={onRefresh} disabled={isFetching} aria-busy={isFetching}>
        <RotateCwIcon className={isFetching ? "animate-spin" : undefined} aria-hidden />
        Refresh
      </Button>
    </div>
  );
}
