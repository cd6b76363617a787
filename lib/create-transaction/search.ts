import "server-only";
import {
  type Balance,
  type BlnkFilter,
  containsPattern,
  filterBalances,
  getBalance,
  getIdentitiesByIds,
  orNullIfMissing,
} from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { searchIdentities } from "@/lib/create-balance/search";
import { formatMoney } from "@/lib/money";

// The server side of the "Source" and "Destination" comboboxes: balances by ID, by @indicator, or by their
// owner's name or email, in the form's currency when one is chosen.

export type BalanceOption = {
  /** The balance ID, or the @indicator itself when no balance has it yet (Core creates it on first use). */
  id: string;
  label: string;
  detail: string;
  badge?: string;
  /** "" for an @indicator no balance has yet. */
  currency: string;
};

const MAX_OPTIONS = 8;
const NEWEST = { sortBy: "created_at", sortOrder: "desc", offset: 0, includeCount: false } as const;

export async function searchBalances(text: string, currency: string): Promise<BalanceOption[]> {
  const query = text.trim();
  const inCurrency: BlnkFilter[] = currency ? [{ field: "currency", operator: "eq", value: currency }] : [];
  if (/^bln_[\w-]+$/.test(query)) {
    const balance = await orNullIfMissing(() => getBalance(query, { include: ["identity"] }));
    return balance ? [toOption(balance, balance.identity?.displayName ?? null)] : [];
  }
  if (query.startsWith("@")) {
    const page = await filterBalances({
      ...NEWEST,
      limit: MAX_OPTIONS,
      filters: [{ field: "indicator", operator: "ilike", value: containsPattern(query) }, ...inCurrency],
    });
    // Internal balances are offered by their @indicator, as Blnk users write them: Core finds the balance
    // by indicator and currency. One option per indicator (the newest) when no currency is chosen yet.
    const options: BalanceOption[] = [];
    for (const balance of page.items) {
      if (!options.some((option) => option.id === balance.indicator)) options.push(toOption(balance, null));
    }
    // An exact @indicator nobody has yet is still a valid party: Core creates its balance on first use.
    if (/^@\S+$/.test(query) && !page.items.some((balance) => balance.indicator === query)) {
      options.unshift({
        id: query,
        label: query,
        detail: "New: Blnk creates this balance on first use",
        badge: "new",
        currency,
      });
    }
    return options.slice(0, MAX_OPTIONS);
  }
  const owners = query === "" ? [] : await searchIdentities(query);
  if (query !== "" && owners.length === 0) return [];
  const page = await filterBalances({
    ...NEWEST,
    limit: MAX_OPTIONS,
    filters: [
      ...(owners.length > 0
        ? [{ field: "identity_id", operator: "in" as const, values: owners.map((o) => o.id) }]
        : []),
      ...inCurrency,
    ],
  });
  const names = new Map(owners.map((owner) => [owner.id, owner.name || owner.email]));
  const missing = page.items.filter((balance) => balance.identityId && !names.has(balance.identityId));
  if (missing.length > 0) {
    for (const [id, identity] of await getIdentitiesByIds(missing.map((balance) => balance.identityId))) {
      names.set(id, identity.displayName);
    }
  }
  return page.items.map((balance) =>
    toOption(balance, balance.identityId ? (names.get(balance.identityId) ?? null) : null),
  );
}

function toOption(balance: Balance, owner: string | null): BalanceOption {
  const money = formatMoney(balance.balance, balance.currency, getPrecisionTable());
  return {
    id: balance.indicator ?? balance.id,
    label: balance.indicator ?? owner ?? balance.id,
    detail: `${balance.currency} · ${money.text} · ${balance.id}`,
    currency: balance.currency,
    ...(balance.indicator ? { badge: "internal" } : {}),
  };
}
