"use client";

import { AlertTriangleIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

// Blnk failures are rendered by the pages themselves with their reason; this catches everything else without
// showing a stack trace (production strips the message anyway).
export default function DashboardError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-md border border-danger/40 p-6">
      <div className="flex items-center gap-2 font-medium">
        <AlertTriangleIcon className="size-5 text-danger" aria-hidden />
        Something went wrong
      </div>
      <p className="text-sm text-muted-foreground">
        The page could not be shown.{error.digest ? ` Reference: ${error.digest}.` : ""}
      </p>
      <Button onClick={() => retry()}>Try again</Button>
    </div>
  );
}
