import type { ReactNode } from "react";
import { CreateBalanceProvider } from "@/components/create-balance/create-balance-provider";
import { CreateIdentityProvider } from "@/components/create-identity/create-identity-provider";
import { CreateLedgerProvider } from "@/components/create-ledger/create-ledger-provider";
import { CreateTransactionProvider } from "@/components/create-transaction/create-transaction-provider";
import type { Actor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { getPrecisionOverrideEntries } from "@/lib/config/precision-table";

/**
 * A layout's create sheets (Create balance, and Create transaction, Create identity and Create ledger where the layout offers
 * them: the dashboard, not the embed), with the configured precisions, creating only for an Operator or Admin.
 */
export function CreateForActor({
  actor,
  transactions,
  children,
}: {
  actor: Actor;
  transactions: boolean;
  children: ReactNode;
}) {
  const props = {
    precisionOverrides: getPrecisionOverrideEntries(),
    canCreate: hasRole(actor.role, "operator"),
  };
  return (
    <CreateBalanceProvider {...props}>
      {transactions ? (
        <CreateTransactionProvider {...props}>
          <CreateIdentityProvider {...props}>
            <CreateLedgerProvider {...props}>{children}</CreateLedgerProvider>
          </CreateIdentityProvider>
        </CreateTransactionProvider>
      ) : (
        children
      )}
    </CreateBalanceProvider>
  );
}
