import Link from "next/link";
import type { ReactNode } from "react";
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
  /** Overrides the heading (the transactions page); the formatted balance otherwise. */
  title?: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  // A balance with no known precision shows raw minor units, so name the currency beside them.
  const amountText = balance.major === null ? `${balance.text} ${currency}`.trim() : balance.text;
  return (
    <header className="mb-6 flex flex-col gap-2">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <ol className="flex items-center gap-1.5">
          <li>
            <Link href="/balances" className="hover:text-foreground hover:underline">
              Balances
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li aria-current={title ? undefined : "page"} className="font-mono text-xs">
            {title ? (
              <Link href={`/balances/${id}`} className="hover:text-foreground hover:underline">
                {id}
              </Link>
            ) : (
              id
            )}
          </li>
          {title ? (
            <>
              <li aria-hidden>/</li>
              <li aria-current="page">Transactions</li>
            </>
          ) : null}
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1
          className={cn(
            "text-2xl font-semibold tracking-tight tabular-nums",
            !title && balance.isNegative && "text-danger",
          )}
        >
          {title ?? amountText}
        </h1>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      {subtitle ? <div className="text-sm text-muted-foreground">{subtitle}</div> : null}
      <div className="flex items-center gap-1.5 text-sm text-muted-foreground">
        <span>Balance ID</span>
        <code className="font-mono text-xs text-foreground">{id}</code>
        <CopyButton value={id} label="Copy balance ID" />
      </div>
    </header>
  );
}
