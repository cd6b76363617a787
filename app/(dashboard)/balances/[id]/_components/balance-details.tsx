import Link from "next/link";
import type { ReactNode } from "react";
import { BalanceOwner } from "@/components/balances/balance-owner";
import { IdValue, RecordSection } from "@/components/record/detail-list";
import { LocalTime } from "@/components/ui/local-time";
import type { BalanceView } from "../_lib/queries";

function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div
      className={wide ? "grid gap-1 py-3 sm:col-span-2" : "grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4"}
    >
      <dt className="text-sm font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  );
}

const dash = <span className="text-muted-foreground">—</span>;

/**
 * Everything else Blnk knows about the balance. `health` is a slot so the page can stream the Health checks
 * (which recompute the balance from its transactions) without holding the rest back.
 */
export function BalanceDetails({ view, health }: { view: BalanceView; health: ReactNode }) {
  const lineage = view.trackFundLineage === null ? null : view.trackFundLineage ? "On" : "Off";
  return (
    <RecordSection id="balance-details" title="Details">
      <dl className="divide-y rounded-md border px-4">
        <Field label="Currency">
          <span className="font-medium">{view.currency || "—"}</span>
        </Field>
        <Field label="Health">{health}</Field>
        <Field label="Ledger">
          <Link href={`/ledgers/${view.ledger.id}`} className="hover:underline">
            {view.ledger.name ?? <span className="font-mono text-xs">{view.ledger.id}</span>}
          </Link>
        </Field>
        <Field label="Owner">
          {view.owner ? (
            <BalanceOwner owner={view.owner} />
          ) : (
            <span className="text-muted-foreground">—</span>
          )}
        </Field>
        <Field label="Date created">
          <LocalTime iso={view.createdAt} />
        </Field>
        <Field label="Balance ID">
          <IdValue id={view.id} copyLabel="Copy balance ID" />
        </Field>
        <Field label="Lineage tracking">{lineage ?? dash}</Field>
        <Field label="Allocation strategy">{view.allocationStrategy || dash}</Field>
        <Field label="Additional information" wide>
          {view.metadataJson === null ? (
            <span className="text-muted-foreground">No metadata.</span>
          ) : (
            <section
              aria-label="Metadata"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
              tabIndex={0}
              className="max-h-96 overflow-auto rounded-md border bg-surface p-3"
            >
              <pre className="font-mono text-xs leading-relaxed">{view.metadataJson}</pre>
            </section>
          )}
        </Field>
      </dl>
    </RecordSection>
  );
}
