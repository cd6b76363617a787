"use client";

import { AlertTriangleIcon, RotateCwIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";
import { Button } from "@/components/ui/button";
import type { BlnkErrorPlain } from "@/lib/blnk/errors";

const TITLES: Record<BlnkErrorPlain["kind"], string> = {
  unreachable: "Cannot reach Blnk",
  timeout: "Blnk is not answering",
  unauthorized: "Blnk refused the API key",
  forbidden: "The API key may not do this",
  rate_limited: "Blnk is rate limiting requests",
  server: "Blnk failed",
  bad_response: "Blnk sent an unexpected response",
  not_found: "Not found",
  validation: "Blnk rejected the request",
  conflict: "Blnk reported a conflict",
};

/**
 * What a page shows instead of its data when Blnk fails: the reason in plain words and "Try again", which
 * re-renders the page on the server without a full reload.
 */
export function BlnkErrorState({ error, onRetry }: { error: BlnkErrorPlain; onRetry?: () => void }) {
  const router = useRouter();
  const [isRetrying, startRetry] = React.useTransition();
  const retry = () => startRetry(() => (onRetry ? onRetry() : router.refresh()));

  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-md border border-danger/40 p-6">
      <div className="flex items-center gap-2 font-medium">
        <AlertTriangleIcon className="size-5 text-danger" aria-hidden />
        {TITLES[error.kind]}
      </div>
      <p className="text-sm text-muted-foreground">{error.userMessage}</p>
      <Button onClick={retry} disabled={isRetrying} aria-busy={isRetrying}>
        <RotateCwIcon className={isRetrying ? "animate-spin" : undefined} aria-hidden />
        Try again
      </Button>
    </div>
  );
}
