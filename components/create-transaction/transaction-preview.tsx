"use client";

import { LoaderIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { PreviewParty, PreviewTransactionResult } from "@/lib/create-transaction/schema";
import type { FormattedMoney } from "@/lib/money";

/** "Preview": each balance before and after, or why Blnk would refuse, before anything is written. */
export function TransactionPreview({
  result,
  isLoading,
  isComplete,
  onRetry,
}: {
  result: PreviewTransactionResult | undefined;
  isLoading: boolean;
  isComplete: boolean;
  onRetry: () => void;
}) {
  return (
    <section
      aria-labelledby="create-transaction-preview"
      className="flex flex-col gap-2 rounded-md border p-3"
    >
      <h3 id="create-transaction-preview" className="flex items-center gap-2 text-sm font-medium">
        Preview
        {isLoading ? (
          <LoaderIcon className="size-3.5 animate-spin text-muted-foreground" aria-label="Updating" />
        ) : null}
      </h3>
      <div aria-live="polite" className="flex flex-col gap-2 text-sm">
        <PreviewBody result={result} isComplete={isComplete} onRetry={onRetry} />
      </div>
    </section>
  );
}

function PreviewBody({
  result,
  isComplete,
  onRetry,
}: {
  result: PreviewTransactionResult | undefined;
  isComplete: boolean;
  onRetry: () => void;
}) {
  if (!isComplete) {
    return (
      <p className="text-muted-foreground">
        Fill in the amount, currency, source and destination to see each balance before and after.
      </p>
    );
  }
  if (!result) return <p className="text-muted-foreground">Working out the balances…</p>;
  if (!result.ok) {
    if (!result.error)
      return <p className="text-muted-foreground">Correct the fields above to see the preview.</p>;
    return (
      <div role="alert" className="flex items-center justify-between gap-2">
        <span>Could not preview: {result.error}</span>
        <Button type="button" size="sm" onClick={onRetry}>
          Try again
        </Button>
      </div>
    );
  }
  const { parties, refusal, estimate, notes, amount } = result.data;
  return (
    <>
      {refusal ? (
        <p role="alert" className="rounded-md border border-danger/50 px-3 py-2">
          <strong>{refusal.message}</strong>
          {refusal.shortfall ? (
            <>
              {" "}
              — short by <Money money={refusal.shortfall} />
            </>
          ) : null}
          . Nothing will be written.
        </p>
      ) : null}
      <table className="w-full text-left">
        <caption className="sr-only">Balances before and after {amount.text}</caption>
        <thead className="text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="font-normal">
              Balance
            </th>
            <th scope="col" className="text-right font-normal">
              Before
            </th>
            <th scope="col" className="text-right font-normal">
              After
            </th>
          </tr>
        </thead>
        <tbody>{parties.flatMap((party) => rows(party, refusal !== null))}</tbody>
      </table>
      {estimate ? (
        <p className="text-xs text-muted-foreground">
          Estimate: this Blnk server has no dry run, so Ledger Desk worked this out from the balances as they
          are now.
        </p>
      ) : null}
      {notes.map((note) => (
        <p key={note} className="text-xs text-muted-foreground">
          {note}
        </p>
      ))}
    </>
  );
}

function rows(party: PreviewParty, refused: boolean) {
  const name = party.role === "source" ? "Source" : "Destination";
  const who = party.virtual ? `${party.id} (new)` : party.id;
  const lines = [
    <tr key={`${party.role}-balance`} data-testid={`preview-${party.role}`}>
      <th scope="row" className="py-1 font-normal">
        <span className="block">{name}</span>
        <span className="block truncate font-mono text-xs text-muted-foreground">{who}</span>
      </th>
      <BeforeAndAfter before={party.balanceBefore} after={party.balanceAfter} refused={refused} />
    </tr>,
  ];
  if (party.inflightBefore && party.inflightAfter) {
    lines.push(
      <tr key={`${party.role}-inflight`} data-testid={`preview-${party.role}-inflight`}>
        <th scope="row" className="py-1 pl-3 font-normal text-muted-foreground">
          Inflight
        </th>
        <BeforeAndAfter before={party.inflightBefore} after={party.inflightAfter} refused={refused} />
      </tr>,
    );
  }
  return lines;
}

/** A figure's two cells: as it is now, and after the transaction (a dash when Blnk would refuse it). */
function BeforeAndAfter({
  before,
  after,
  refused,
}: {
  before: FormattedMoney;
  after: FormattedMoney;
  refused: boolean;
}) {
  return (
    <>
      <td className="text-right">
        <Money money={before} />
      </td>
      <td className="text-right">{refused ? "—" : <Money money={after} />}</td>
    </>
  );
}

function Money({ money }: { money: FormattedMoney }) {
  return (
    <span
      className={money.isNegative ? "font-mono text-danger tabular-nums" : "font-mono tabular-nums"}
      title={money.tooltip}
    >
      {money.text}
    </span>
  );
}
