import { Amount } from "@/components/money/amount";
import { RecordSection } from "@/components/record/detail-list";
import type { BalanceView } from "../_lib/queries";

const FIELDS = [
  ["balance", "Balance"],
  ["creditBalance", "Credit balance"],
  ["debitBalance", "Debit balance"],
  ["inflightBalance", "Inflight balance"],
  ["inflightCreditBalance", "Inflight credit balance"],
  ["inflightDebitBalance", "Inflight debit balance"],
] as const satisfies ReadonlyArray<readonly [keyof BalanceView["amounts"], string]>;

/** The six amounts, exact, each with its raw minor units on hover. */
export function BalanceSummary({ amounts }: { amounts: BalanceView["amounts"] }) {
  return (
    <RecordSection id="balance-summary" title="Summary">
      <dl className="grid grid-cols-1 gap-px overflow-hidden rounded-md border bg-border sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map(([key, label]) => (
          <div key={key} className="flex flex-col gap-1 bg-background p-4">
            <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
            <dd className="text-base">
              <Amount money={amounts[key]} className="text-base" />
            </dd>
          </div>
        ))}
      </dl>
    </RecordSection>
  );
}
