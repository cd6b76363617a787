import type { ReactNode } from "react";
import { GeneralLedgerBadge } from "@/app/(dashboard)/ledgers/_components/general-ledger-badge";
import { RecordHeader } from "@/components/record/record-header";

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
    <RecordHeader
      crumbs={[{ label: "Ledgers", href: "/ledgers" }, { label: name }]}
      title={
        <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight">
          {name}
          {isGeneral ? <GeneralLedgerBadge /> : null}
        </h1>
      }
      actions={actions}
    />
  );
}
