import { Amount } from "@/components/money/amount";
import { TableCell } from "@/components/ui/table";
import type { FormattedMoney } from "@/lib/money";
import { StatusBadge } from "./status-badge";

// The cells every transactions table has (Transactions, a balance's transactions, Lifecycle, Inflight history,
// the holds desk), drawn one way.

/** An exact amount, right-aligned; an empty cell for none (a statement's credit on a debit row). */
export function AmountCell({ money }: { money: FormattedMoney | null }) {
  return <TableCell className="text-right">{money ? <Amount money={money} /> : null}</TableCell>;
}

/** A transaction's status badge. */
export function StatusCell({ status }: { status: string }) {
  return (
    <TableCell>
      <StatusBadge status={status} />
    </TableCell>
  );
}
