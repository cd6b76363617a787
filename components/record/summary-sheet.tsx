"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { Maximize2Icon } from "lucide-react";
import type * as React from "react";
import { useLinkTargetProps } from "@/components/balances/link-target";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { Amount } from "@/components/money/amount";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { IntentLink } from "@/components/ui/intent-link";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { blnkErrorOf } from "@/lib/actions/result";
import type { FormattedMoney } from "@/lib/money";

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

/**
 * A record's summary panel (see SummarySheet): its body loads the open record with `useSummary` and shows it
 * with `details` in a SummaryFrame titled after `noun` ("Balance summary"), "Full info" going to `detailsHref`.
 */
export function createSummarySheet<T>({
  noun,
  detailsHref,
  useSummary,
  details: Details,
}: {
  noun: string;
  detailsHref: (id: string) => string;
  useSummary: (id: string) => UseQueryResult<T>;
  details: React.ComponentType<{ summary: T }>;
}) {
  const title = `${capitalized(noun)} summary`;
  function Body({ id }: { id: string }) {
    const query = useSummary(id);
    return (
      <SummaryFrame
        title={title}
        description={`Summary of ${noun} ${id}`}
        detailsHref={detailsHref(id)}
        query={query}
      >
        {(summary) => <Details summary={summary} />}
      </SummaryFrame>
    );
  }
  return function RecordSummarySheet(props: SummarySheetProps) {
    return <SummarySheet {...props} body={Body} />;
  };
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

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * An open record's summary: its amount, large, over its currency; its fields (`dt`/`dd` pairs) and last its
 * ID (named after `noun`) with a copy button; then `actions`.
 */
export function SummaryDetailsLayout({
  money,
  currency,
  noun,
  id,
  children,
  actions,
}: {
  money: FormattedMoney;
  currency: string;
  noun: string;
  id: string;
  children: React.ReactNode;
  actions: React.ReactNode;
}) {
  return (
    <div className="flex flex-1 flex-col gap-5 overflow-y-auto">
      <div className="flex flex-col gap-1">
        <Amount money={money} className="text-2xl font-semibold" />
        <span className="text-sm text-muted-foreground">{currency}</span>
      </div>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
        {children}
        <dt className="text-muted-foreground">{capitalized(noun)} ID</dt>
        <dd className="flex items-center gap-1 font-mono text-xs break-all">
          {id}
          <CopyButton value={id} label={`Copy ${noun} ID`} />
        </dd>
      </dl>
      {actions}
    </div>
  );
}
