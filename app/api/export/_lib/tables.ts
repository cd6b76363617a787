import "server-only";
import { identitiesRequest } from "@/app/(dashboard)/identities/(list)/_lib/queries";
import { parseIdentitiesQuery } from "@/app/(dashboard)/identities/(list)/_lib/search-params";
import { transactionsRequest } from "@/app/(dashboard)/transactions/_lib/queries";
import { parseTransactionsQuery } from "@/app/(dashboard)/transactions/_lib/search-params";
import { balancesRequest } from "@/lib/balances/queries";
import { balanceIdSchema, parseBalancesQuery } from "@/lib/balances/search-params";
import {
  type BlnkFilter,
  filterBalances,
  filterIdentities,
  filterTransactions,
  listLedgers,
} from "@/lib/blnk";
import type { Row } from "@/lib/export/format";
import { type PageFetch, pageAll } from "@/lib/export/pager";
import { type ExportPlan, type PlanResult, refuseNotices, rowsOf } from "@/lib/export/plan";
import type { FilterTable } from "@/lib/filters/fields";
import { queryFilters, readFilters } from "@/lib/filters/server";
import { filterParamsOf } from "@/lib/filters/url";
import { matchesFullName, planIdentitySearch } from "@/lib/identities/search-filters";
import {
  BALANCE_COLUMNS,
  BALANCE_TRANSACTION_COLUMNS,
  balanceRow,
  balanceTransactionRow,
  IDENTITY_COLUMNS,
  identityRow,
  LEDGER_COLUMNS,
  ledgerRow,
  TRANSACTION_COLUMNS,
  transactionRow,
} from "./records";

// What each table's Export reads: the rows its page shows, every page of them, by the same parsers and the
// same Blnk filters as the page (so the file is what the table lists), with the filters refused rather than
// left out when one no longer parses.

/** The filters of the URL for the manifest, as the page's query string has them. */
const urlFilters = (params: URLSearchParams) =>
  Object.fromEntries(new URLSearchParams(filterParamsOf(params)));

const notices = (table: FilterTable, text: string | undefined) =>
  refuseNotices(readFilters(table, text).notices);

type Keyed<T> = Omit<ExportPlan, "rows"> & {
  blnk: BlnkFilter[];
  read: PageFetch<T>;
  idField: string;
  toRow: (item: T) => Row;
};

/** A plan that reads every row matching `blnk` by key (pager.ts), the filters sent named in the manifest. */
function keyed<T extends { id: string }>({ blnk, read, idField, toRow, ...plan }: Keyed<T>): PlanResult {
  return {
    ok: true,
    plan: {
      ...plan,
      filters: { ...plan.filters, blnk },
      rows: (signal) => {
        const pager = pageAll(read, { filters: blnk, idField }, signal);
        return { rows: rowsOf(pager.pages, toRow), paging: pager.paging };
      },
    },
  };
}

export function balancesPlan(params: URLSearchParams): PlanResult {
  const query = parseBalancesQuery(params);
  const refused = notices("balances", query.filters);
  if (refused) return refused;
  return keyed({
    kind: "balances",
    name: "balances",
    recordType: "balances",
    columns: BALANCE_COLUMNS,
    filters: {
      ...urlFilters(params),
      ...(query.identityId ? { owner: query.identityId } : {}),
      ...(query.ledgerId ? { ledger: query.ledgerId } : {}),
    },
    blnk: [...(balancesRequest(query).filters ?? [])],
    read: filterBalances,
    idField: "balance_id",
    toRow: balanceRow,
  });
}

export function transactionsPlan(params: URLSearchParams): PlanResult {
  const query = parseTransactionsQuery(params);
  const refused = notices("transactions", query.filters);
  if (refused) return refused;
  return keyed({
    kind: "transactions",
    name: "transactions",
    recordType: "transactions",
    columns: TRANSACTION_COLUMNS,
    filters: urlFilters(params),
    blnk: [...(transactionsRequest(query).filters ?? [])],
    read: filterTransactions,
    idField: "transaction_id",
    toRow: transactionRow,
  });
}

/** One balance's transactions, each naming it as source or destination (Core's virtual balance_id field). */
export function balanceTransactionsPlan(params: URLSearchParams): PlanResult {
  const id = balanceIdSchema.safeParse(params.get("balance") ?? "");
  if (!id.success) return { ok: false, message: "Name the balance to export: balance=bln_…." };
  const balanceId = id.data;
  return keyed({
    kind: "balance-transactions",
    name: `transactions-${balanceId}`,
    recordType: "balance",
    recordId: balanceId,
    columns: BALANCE_TRANSACTION_COLUMNS,
    filters: { balance: balanceId },
    blnk: [{ field: "balance_id", operator: "eq", value: balanceId }],
    read: filterTransactions,
    idField: "transaction_id",
    toRow: balanceTransactionRow(balanceId),
  });
}

export function ledgersPlan(params: URLSearchParams): PlanResult {
  const text = filterParamsOf(params) || undefined;
  const refused = notices("ledgers", text);
  if (refused) return refused;
  return keyed({
    kind: "ledgers",
    name: "ledgers",
    recordType: "ledgers",
    columns: LEDGER_COLUMNS,
    filters: urlFilters(params),
    blnk: queryFilters("ledgers", text),
    read: listLedgers,
    idField: "ledger_id",
    toRow: ledgerRow,
  });
}

/**
 * The Identities table: its filters (all of them), or its search as the page runs it: full-name matches
 * first, then any-field matches not already listed.
 */
export function identitiesPlan(params: URLSearchParams): PlanResult {
  const query = parseIdentitiesQuery(params);
  const refused = notices("identities", query.filters);
  if (refused) return refused;
  const plan = query.filters ? null : planIdentitySearch(query.q);
  const filters = query.filters ? (identitiesRequest(query).filters ?? []) : [];
  return {
    ok: true,
    plan: {
      kind: "identities",
      name: "identities",
      recordType: "identities",
      columns: IDENTITY_COLUMNS,
      filters: { ...urlFilters(params), ...(query.q && !query.filters ? { q: query.q } : {}) },
      rows: (signal) => {
        const read = (source: Parameters<typeof pageAll>[1]) =>
          pageAll(filterIdentities, { ...source, idField: "identity_id" }, signal);
        if (!plan || plan.kind === "all") {
          const pager = read({ filters, idField: "identity_id" });
          return { rows: rowsOf(pager.pages, identityRow), paging: pager.paging };
        }
        const anyField = read({ filters: plan.anyField, logicalOperator: "or", idField: "identity_id" });
        if (plan.kind === "any-field")
          return { rows: rowsOf(anyField.pages, identityRow), paging: anyField.paging };
        const byName = read({ filters: plan.fullName, idField: "identity_id" });
        const words = plan.words;
        async function* both() {
          yield* rowsOf(byName.pages, identityRow);
          for await (const page of anyField.pages)
            for (const identity of page) if (!matchesFullName(identity, words)) yield identityRow(identity);
        }
        return {
          rows: both(),
          paging: () => ({
            order: `full-name matches (${byName.paging().by}), then any-field matches (${anyField.paging().by}), each by identity_id ascending`,
            by: "offset" as const,
          }),
        };
      },
    },
  };
}
