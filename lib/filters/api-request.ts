import "server-only";
import { type BlnkConfig, getBlnkConfig } from "@/lib/blnk";
import { displayUrl } from "@/lib/blnk/config";
import { buildFilterRequest, type FilterQuery } from "@/lib/blnk/filter";
import { stringifyJson } from "@/lib/blnk/json";
import type { FilterResource } from "@/lib/blnk/list";

// "Copy as API request" (product.md §11): the exact Blnk request that returns a table's rows, as curl, with
// the key left as a shell variable. The body is built by the same function the table's own call uses.

/** A shell word in single quotes ('it'\''s'). */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function apiRequestCurl(
  resource: FilterResource,
  query: FilterQuery,
  config: Pick<BlnkConfig, "baseUrl"> = getBlnkConfig(),
): string {
  const url = `${displayUrl(config.baseUrl)}/${resource}/filter`;
  const body = stringifyJson(buildFilterRequest(query));
  return [
    `curl -sS -X POST ${shellQuote(url)}`,
    `  -H 'Content-Type: application/json'`,
    `  -H "X-Blnk-Key: $BLNK_API_KEY"`,
    `  --data-raw ${shellQuote(body)}`,
  ].join(" \\\n");
}
