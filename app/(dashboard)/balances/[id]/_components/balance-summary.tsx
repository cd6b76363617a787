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

/**
 * The six amounts, exact, each with its raw minor units on hover; a historical balance has only the first three
 * (Core's `/at` has no inflight amounts), so only the amounts given are shown.
 */
export function BalanceSummary({ amounts }: { amounts: Partial<BalanceView["amounts"]> }) {
  return (
    <RecordSection id="balance-summary" title="Summary">
      <dl className="grid grid-cols-1 gap-px overflow-hidden rounded-md border bg-border sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.map(([key, label]) => {
          const money = amounts[key];
          return money ? (
            <div key={key} className="flex flex-col gap-1 bg-background p-4">
              <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
              <dd className="text-base">
                <Amount money={money} className="text-base" />
              </dd>
            </div>
          ) : null;
        })}
      </dl>
    </RecordSection>
  );
}
