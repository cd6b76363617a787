"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { Maximize2Icon } from "lucide-react";
import type * as React from "react";
import { useLinkTargetProps } from "@/components/balances/link-target";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { buttonVariants } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { blnkErrorOf } from "@/lib/actions/result";

export type SummarySheetProps = { openId: string | null; onClose: () => void };

/**
 * A record's summary side panel (a balance, a transaction). It sits beside the table (not modal): the table
 * stays usable and its ↑/↓/E shortcuts keep working while it is open. Esc or the close button closes it.
 * `body` renders the open record, keyed by its ID.
 */
export function SummarySheet({
  openId,
  onClose,
  body: Body,
}: SummarySheetProps & {
  /** The open record's body, mounted afresh for each record. */
  body: React.ComponentType<{ id: string }>;
}) {
  return (
    <Sheet open={openId !== null} onOpenChange={(isOpen) => !isOpen && onClose()} modal={false}>
      <SheetContent
        showOverlay={false}
        isolateShortcuts={false}
        // Keep focus where it was (usually the row) so arrow keys go on stepping through the rows.
        onOpenAutoFocus={(event) => event.preventDefault()}
        onCloseAutoFocus={(event) => event.preventDefault()}
        onInteractOutside={(event) => event.preventDefault()}
        aria-describedby={undefined}
      >
        {openId ? <Body key={openId} id={openId} /> : null}
      </SheetContent>
    </Sheet>
  );
}

/** The panel's title, "Full info" (E) to the details page, then the record, its error with a retry, or a skeleton. */
export function SummaryFrame<T>({
  title,
  description,
  detailsHref,
  query,
  children,
}: {
  title: string;
  description: string;
  detailsHref: string;
  query: UseQueryResult<T>;
  children: (data: T) => React.ReactNode;
}) {
  const linkTarget = useLinkTargetProps();
  return (
    <>
      <SheetHeader>
        <SheetTitle>{title}</SheetTitle>
        <SheetDescription className="sr-only">{description}</SheetDescription>
      </SheetHeader>
      <IntentLink
        href={detailsHref}
        {...linkTarget}
        aria-keyshortcuts="E"
        className={`${buttonVariants({ variant: "secondary", size: "sm" })} absolute top-3 right-12`}
      >
        <Maximize2Icon aria-hidden /> Full info <ShortcutHint id="expand" />
      </IntentLink>
      {query.isError ? (
        <BlnkErrorState error={blnkErrorOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data !== undefined ? (
        children(query.data)
      ) : (
        <div className="flex flex-col gap-3" aria-busy>
          <Skeleton className="h-9 w-48" />
          <Skeleton className="h-40 w-full" />
        </div>
      )}
    </>
  );
}
