import { parsePage } from "@/components/ui/pagination";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import type { TransactionsQuery } from "@/lib/transactions/types";

/** `?page=` (anything but a whole number ≥ 1 is the first page) and `?reference=` (trimmed; "" when absent). */
export function parseTransactionsQuery(params: RawSearchParams): TransactionsQuery & { reference: string } {
  return {
    page: parsePage(firstParam(params, "page")),
    reference: (firstParam(params, "reference") ?? "").trim(),
  };
}
