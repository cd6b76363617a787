/**
 * Marks Core's own ledger, which holds the internal `@` balances: application balances usually belong in
 * another ledger.
 */
export function GeneralLedgerBadge({ label = "General Ledger" }: { label?: string }) {
  return (
    <span
      className="rounded-full border px-2 py-0.5 text-xs font-normal text-muted-foreground"
      title="Core's own ledger: internal @ balances live here"
    >
      {label}
    </span>
  );
}
