import { XIcon } from "lucide-react";
import Link from "next/link";
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
          <Link
            href={chip.href}
            aria-label={`Remove filter ${chip.label}: ${chip.value}`}
            title="Remove this filter"
            className="group inline-flex max-w-xs items-center gap-1.5 rounded-full border bg-muted px-3 py-1 text-sm hover:border-foreground/40 focus-visible:outline-2 focus-visible:outline-ring"
          >
            <span className="text-muted-foreground">{chip.label}:</span>{" "}
            <span className="truncate font-medium">{chip.value}</span>
            <XIcon
              className="size-3.5 shrink-0 text-muted-foreground group-hover:text-foreground"
              aria-hidden
            />
          </Link>
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
