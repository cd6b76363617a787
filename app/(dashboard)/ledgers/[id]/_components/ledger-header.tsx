import Link from "next/link";
import type { ReactNode } from "react";
import { GeneralLedgerBadge } from "@/app/(dashboard)/ledgers/_components/general-ledger-badge";

/** Breadcrumb back to Ledgers, the ledger's name as the heading, and the page's actions. */
export function LedgerHeader({
  name,
  isGeneral,
  actions,
}: {
  name: string;
  isGeneral: boolean;
  actions: ReactNode;
}) {
  return (
    <header className="mb-6 flex flex-col gap-2">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <ol className="flex items-center gap-1.5">
          <li>
            <Link href="/ledgers" className="hover:text-foreground hover:underline">
              Ledgers
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li aria-current="page" className="truncate">
            {name}
          </li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight">
          {name}
          {isGeneral ? <GeneralLedgerBadge /> : null}
        </h1>
        <div className="flex items-center gap-2">{actions}</div>
      </div>
    </header>
  );
}
