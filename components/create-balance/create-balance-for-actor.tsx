import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { getPrecisionOverrideEntries } from "@/lib/config/precision-table";
import { CreateBalanceProvider } from "./create-balance-provider";

/** A layout's create-balance provider: the configured precisions, and creating only for an Operator or Admin. */
export function CreateBalanceForActor({ actor, children }: { actor: Actor; children: ReactNode }) {
  return (
    <CreateBalanceProvider
      precisionOverrides={getPrecisionOverrideEntries()}
      canCreate={hasRole(actor.role, "operator")}
    >
      {children}
    </CreateBalanceProvider>
  );
}
