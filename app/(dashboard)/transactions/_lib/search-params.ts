import { parsePage } from "@/components/ui/pagination";
import { filterParamsOf, MAX_FILTERS_TEXT } from "@/lib/filters/url";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import type { TransactionsQuery } from "@/lib/transactions/types";

/** `?page=` (anything but a whole number ≥ 1 is the first page) and `?reference=` (trimmed; "" when absent). */
export function parseTransactionsQuery(params: RawSearchParams): TransactionsQuery & { reference: string } {
  return {
    page: parsePage(firstParam(params, "page")),
    reference: (firstParam(params, "reference") ?? "").trim(),
    filters: filterParamsOf(params).slice(0, MAX_FILTERS_TEXT) || undefined,
  };
}
