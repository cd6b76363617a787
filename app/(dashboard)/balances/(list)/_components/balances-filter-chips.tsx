import Link from "next/link";
import { FilterChip } from "@/components/filters/filter-chip";
import { type BalancesQuery, balancesHref } from "@/lib/balances/types";

const FILTERS = [
  { key: "owner", label: "Owner", field: "identityId" },
  { key: "ledger", label: "Ledger", field: "ledgerId" },
] as const;

/**
 * The Balances table's active filters (`?owner=`, `?ledger=`) as chips, so a filtered view is obvious. Each
 * chip is a link to the same view without that filter (back to page 1): one click or Enter removes it.
 */
export function BalancesFilterChips({
  query,
  ownerName,
  ledgerName,
  basePath = "/balances",
}: {
  query: BalancesQuery;
  ownerName?: string;
  ledgerName?: string;
  basePath?: string;
}) {
  const names = { identityId: ownerName, ledgerId: ledgerName };
  const chips = FILTERS.flatMap(({ key, label, field }) => {
    const id = query[field];
    if (!id) return [];
    const without = balancesHref({ ...query, page: 1, [field]: undefined }, null, basePath);
    return [{ key, label, value: names[field] ?? id, href: without }];
  });
  if (chips.length === 0) return null;

  return (
    <ul aria-label="Filters" className="mb-3 flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <FilterChip href={chip.href} label={`${chip.label}: ${chip.value}`}>
            <span className="text-muted-foreground">{chip.label}:</span>{" "}
            <span className="truncate font-medium">{chip.value}</span>
          </FilterChip>
        </li>
      ))}
      {chips.length > 1 ? (
        <li>
          <Link href={basePath} className="text-sm text-muted-foreground underline-offset-4 hover:underline">
            Clear filters
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
