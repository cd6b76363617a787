"use client";

import { useQuery } from "@tanstack/react-query";
import { Maximize2Icon } from "lucide-react";
import { useLinkTargetProps } from "@/components/balances/link-target";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { Amount } from "@/components/money/amount";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { StatusBadge } from "@/components/transactions/status-badge";
import { buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { IntentLink } from "@/components/ui/intent-link";
import { LocalTime } from "@/components/ui/local-time";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { blnkErrorOf, unwrap } from "@/lib/actions/result";
import { transactionHref, transactionKeys } from "@/lib/transactions/types";
import { fetchTransactionSummary } from "../_lib/actions";
import type { TransactionSummary } from "../_lib/queries";
import { PartyQuickActions } from "./party-actions";
import { PartyLink } from "./party-link";
import { usePartyShortcuts } from "./use-party-shortcuts";

/**
 * The Transaction summary side panel. It sits beside the table (not modal): the table stays usable and its
 * ↑/↓/E shortcuts keep working while it is open. Esc or the close button closes it.
 */
export function TransactionSummarySheet({ openId, onClose }: { openId: string | null; onClose: () => void }) {
  return (
    <Sheet open={openId !== null} onOpenChange={(isOpen) => !isOpen && onClose()} modal={false}>
      <SheetContent
        showOverlay={false}
        isolateShortcuts={false}
        // Keep focus where it was (usually the row) so arrow keys go on stepping through transactions.
        onOpenAutoFocus={(event) => event.preventDefault()}
        onCloseAutoFocus={(event) => event.preventDefault()}
        onInteractOutside={(event) => event.preventDefault()}
        aria-describedby={undefined}
      >
        {openId ? <SummaryBody key={openId} id={openId} /> : null}
      </SheetContent>
    </Sheet>
  );
}

function SummaryBody({ id }: { id: string }) {
  const linkTarget = useLinkTargetProps();
  const query = useQuery({
    queryKey: transactionKeys.summary(id),
    queryFn: async (): Promise<TransactionSummary> => unwrap(await fetchTransactionSummary(id)),
  });
  usePartyShortcuts({
    source: query.data?.row.source ?? null,
    destination: query.data?.row.destination ?? null,
  });

  return (
    <>
      <SheetHeader>
        <SheetTitle>Transaction summary</SheetTitle>
        <SheetDescription className="sr-only">Summary of transaction {id}</SheetDescription>
      </SheetHeader>
      <IntentLink
        href={transactionHref(id)}
        {...linkTarget}
        aria-keyshortcuts="E"
        className={`${buttonVariants({ variant: "secondary", size: "sm" })} absolute top-3 right-12`}
      >
        <Maximize2Icon aria-hidden /> Full info <ShortcutHint id="expand" />
      </IntentLink>
      {query.isError ? (
        <BlnkErrorState error={blnkErrorOf(query.error)} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <SummaryDetails summary={query.data} />
      ) : (
        <div className="flex flex-col gap-3" aria-busy>
          <Skeleton className="h-9 w-48" />
          <Skeleton className="h-40 w-full" />
        </div>
      )}
    </>
  );
}

function SummaryDetails({ summary }: { summary: TransactionSummary }) {
  const { row, parties } = summary;
  return (
    <div className="flex flex-1 flex-col gap-5 overflow-y-auto">
      <div className="flex flex-col gap-1">
        <Amount money={row.amount} className="text-2xl font-semibold" />
        <span className="text-sm text-muted-foreground">{row.currency}</span>
      </div>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
        <dt className="text-muted-foreground">Status</dt>
        <dd>
          <StatusBadge status={row.status} />
        </dd>
        <dt className="text-muted-foreground">Source</dt>
        <dd>
          <PartyLink
            identifier={row.source}
            party={row.source ? parties[row.source] : undefined}
            count={row.sourceCount}
          />
        </dd>
        <dt className="text-muted-foreground">Destination</dt>
        <dd>
          <PartyLink
            identifier={row.destination}
            party={row.destination ? parties[row.destination] : undefined}
            count={row.destinationCount}
          />
        </dd>
        <dt className="text-muted-foreground">Effective date</dt>
        <dd>
          <LocalTime iso={row.effectiveDate} title={`Created ${row.createdAt}`} />
        </dd>
        <dt className="text-muted-foreground">Description</dt>
        <dd className="break-words">{summary.description || "—"}</dd>
        <dt className="text-muted-foreground">Reference</dt>
        <dd className="font-mono text-xs break-all">{row.reference || "—"}</dd>
        <dt className="text-muted-foreground">Transaction ID</dt>
        <dd className="flex items-center gap-1 font-mono text-xs break-all">
          {row.id}
          <CopyButton value={row.id} label="Copy transaction ID" />
        </dd>
      </dl>
      <PartyQuickActions source={row.source} destination={row.destination} />
    </div>
  );
}
