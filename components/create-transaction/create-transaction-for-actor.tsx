import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { getPrecisionOverrideEntries } from "@/lib/config/precision-table";
import { CreateTransactionProvider } from "./create-transaction-provider";

/** The dashboard's create-transaction provider: the configured precisions, and creating only for an Operator or Admin. */
export function CreateTransactionForActor({ actor, children }: { actor: Actor; children: ReactNode }) {
  return (
    <CreateTransactionProvider
      precisionOverrides={getPrecisionOverrideEntries()}
      canCreate={hasRole(actor.role, "operator")}
    >
      {children}
    </CreateTransactionProvider>
  );
}
