import type { ReactNode } from "react";
import { type Crumb, RecordHeader } from "@/components/record/record-header";
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/lib/cn";
import type { FormattedMoney } from "@/lib/money";

/** Breadcrumb back to Balances, the balance as the heading, and its ID with a copy button. */
export function BalanceHeader({
  id,
  currency,
  balance,
  title,
  subtitle,
  actions,
}: {
  id: string;
  currency: string;
  balance: FormattedMoney;
  /** Overrides the heading (a sub-page: Transactions, Statement), and names it in the breadcrumb. */
  title?: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  // A balance with no known precision shows raw minor units, so name the currency beside them.
  const amountText = balance.major === null ? `${balance.text} ${currency}`.trim() : balance.text;
  const crumbs: Crumb[] = title
    ? [
        { label: "Balances", href: "/balances" },
        { label: id, href: `/balances/${id}`, isCode: true },
        { label: title },
      ]
    : [
        { label: "Balances", href: "/balances" },
        { label: id, isCode: true },
      ];
  return (
    <RecordHeader
      crumbs={crumbs}
      title={
        <h1
          className={cn(
            "text-2xl font-semibold tracking-tight tabular-nums",
            !title && balance.isNegative && "text-danger",
          )}
        >
          {title ?? amountText}
        </h1>
      }
      actions={actions}
    >
      {subtitle ? <div className="text-sm text-muted-foreground">{subtitle}</div> : null}
      <div className="flex items-center gap-1.5 text-sm text-muted-foreground">
        <span>Balance ID</span>
        <code className="font-mono text-xs text-foreground">{id}</code>
        <CopyButton value={id} label="Copy balance ID" />
      </div>
    </RecordHeader>
  );
}
