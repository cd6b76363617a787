import "server-only";
import type { BlnkFilter, FilterQuery } from "@/lib/blnk/filter";
import { getPrecisionOverrideEntries, getPrecisionTable } from "@/lib/config/precision-table";
import { apiRequestCurl } from "./api-request";
import type { FilterTable } from "./fields";
import { toBlnkFilters } from "./to-blnk";
import { type ParsedFilters, parseFilters, searchEntries } from "./url";

// The filters of a table's query, on the server: parsed with the operator's CURRENCY_PRECISION overrides.

/** A query's filters text (`f.…` parameters) as the clauses that hold and a notice for each left out. */
export function readFilters(table: FilterTable, text: string | undefined): ParsedFilters {
  return parseFilters(table, new URLSearchParams(text ?? ""), getPrecisionTable());
}

/** A query's filters text as Core filters (a filter that does not hold is left out; readFilters says why). */
export function queryFilters(table: FilterTable, text: string | undefined): BlnkFilter[] {
  return toBlnkFilters(table, readFilters(table, text).clauses, getPrecisionTable());
}

type PageParams = Record<string, string | string[] | undefined>;

/** What a table's FilterBar needs from the server: the filters read, their notices, and the curl for the rows. */
export function filterBarData(
  table: FilterTable,
  page: { path: string; params: PageParams },
  text: string | undefined,
  request: FilterQuery,
) {
  const { clauses, notices } = readFilters(table, text);
  return {
    table,
    path: page.path,
    current: searchEntries(page.params),
    clauses,
    notices,
    apiRequest: apiRequestCurl(table, request),
    precisionOverrides: getPrecisionOverrideEntries(),
  };
}
