import type { FilterClause } from "@/lib/filters/clauses";
import type { FilterTable } from "@/lib/filters/fields";
import { filtersSearch, parseFilters } from "@/lib/filters/url";
import type { PrecisionTable } from "@/lib/money";

// A view keeps its filters as the canonical query string of lib/filters/url.ts, so a view is only ever saved
// with filters that parse whole: one left out would be a view that silently shows more rows than it says.

/** The URL parser's notice ("Ignored the filter …: why") reworded for a save that was refused. */
function refusal(notice: string): string {
  const ignored = /^Ignored the filter ("[^"]*"): (.*)$/s.exec(notice);
  if (ignored) return `The filter ${ignored[1]} cannot be saved: ${ignored[2]}`;
  const limited = /^Only the first (\d+) filters are used\.$/.exec(notice);
  if (limited) return `A view has at most ${limited[1]} filters.`;
  return notice;
}

/**
 * `text` (a query string, `?` optional; parameters other than `f.…` are not filters and are dropped) as the
 * canonical filters to store, or the first filter that does not parse, named.
 */
export function viewFilters(
  table: FilterTable,
  text: string,
  precision: PrecisionTable,
): { ok: true; filters: string; clauses: FilterClause[] } | { ok: false; error: string } {
  const { clauses, notices } = parseFilters(table, new URLSearchParams(text.replace(/^\?/, "")), precision);
  const first = notices[0];
  if (first !== undefined) return { ok: false, error: refusal(first) };
  return { ok: true, filters: filtersSearch(clauses), clauses };
}
