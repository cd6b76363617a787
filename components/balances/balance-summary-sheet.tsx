"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowRightLeftIcon, Maximize2Icon } from "lucide-react";
import { BlnkErrorState } from "@/components/feedback/blnk-error-state";
import { Amount } from "@/components/money/amount";
import { ShortcutHint } from "@/components/shell/shortcut-hint";
import { buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { IntentLink } from "@/components/ui/intent-link";
import { LocalTime } from "@/components/ui/local-time";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { blnkErrorOf, unwrap } from "@/lib/actions/result";
import { fetchBalanceSummary } from "@/lib/balances/actions";
import type { BalanceSummary } from "@/lib/balances/types";
import { balanceKeys } from "@/lib/balances/types";
import { BalanceOwner } from "./balance-owner";
import { HealthBadge } from "./health-badge";
import { useLinkTargetProps } from "./link-target";

const loadSummary = async (id: string): Promise<BalanceSummary> => unwrap(await fetchBalanceSummary(id));

/**
 * The Balance summary side panel. It sits beside the table (not modal): the table stays usable and its
 * ↑/↓/E shortcuts keep working while it is open. Esc or the close button closes it.
 */
export function BalanceSummarySheet({ openId, onClose }: { openId: string | null; onClose: () => void }) {
  return (
    <Sheet open={openId !== null} onOpenChange={(isOpen) => !isOpen && onClose()} modal={false}>
      <SheetContent
        showOverlay={false}
        isolateShortcuts={false}
        // Keep focus where it was (usually the row) so arrow keys go on stepping through balances.
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
  const query = useQuery({ queryKey: balanceKeys.summary(id), queryFn: () => loadSummary(id) });

  return (
    <>
      <SheetHeader>
        <SheetTitle>Balance summary</SheetTitle>
        <SheetDescription className="sr-only">Summary of balance {id}</SheetDescription>
      </SheetHeader>
      <IntentLink
        href={`/balances/${id}`}
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

function SummaryDetails({ summary }: { summary: BalanceSummary }) {
  const linkTarget = useLinkTargetProps();
  return (
    <div className="flex flex-1 flex-col gap-5 overflow-y-auto">
      <div className="flex flex-col gap-1">
        <Amount money={summary.balance} className="text-2xl font-semibold" />
        <span className="text-sm text-muted-foreground">{summary.currency}</span>
      </div>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-3 text-sm">
        <dt className="text-muted-foreground">Health</dt>
        <dd>
          <HealthBadge report={summary.health} showReason />
        </dd>
        <dt className="text-muted-foreground">Inflight balance</dt>
        <dd>
          <Amount money={summary.inflightBalance} />
        </dd>
        <dt className="text-muted-foreground">Ledger</dt>
        <dd>
          <IntentLink href={`/ledgers/${summary.ledger.id}`} {...linkTarget} className="hover:underline">
            {summary.ledger.name}
          </IntentLink>
        </dd>
        <dt className="text-muted-foreground">Owner</dt>
        <dd>{summary.owner ? <BalanceOwner owner={summary.owner} /> : "—"}</dd>
        <dt className="text-muted-foreground">Date created</dt>
        <dd>
          <LocalTime iso={summary.createdAt} />
        </dd>
        <dt className="text-muted-foreground">Balance ID</dt>
        <dd className="flex items-center gap-1 font-mono text-xs break-all">
          {summary.id}
          <CopyButton value={summary.id} label="Copy balance ID" />
        </dd>
      </dl>
      <section aria-labelledby="quick-actions" className="mt-auto flex flex-col gap-2 border-t pt-4">
        <h3 id="quick-actions" className="text-xs font-medium text-muted-foreground uppercase">
          Quick Actions
        </h3>
        <IntentLink
          href={`/balances/${summary.id}/transactions`}
          {...linkTarget}
          className={`${buttonVariants({ variant: "secondary", size: "sm" })} justify-start`}
        >
          <ArrowRightLeftIcon aria-hidden /> View transactions
        </IntentLink>
      </section>
    </div>
  );
}
