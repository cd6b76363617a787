// The filters' text in a query, with no parsing: what the browser needs at first load (a saved view's
// "changed" mark, the identities search) without the parser, the fields and their labels (lib/filters/url.ts).

export const FILTER_PREFIX = "f.";
/** The longest filters text a query carries (20 filters of 200 characters, with their names). */
export const MAX_FILTERS_TEXT = 8000;

/** A record-shaped page `searchParams` prop as entries, repeated keys kept. */
export function searchEntries(params: Record<string, string | string[] | undefined>): [string, string][] {
  return Object.entries(params).flatMap(([name, value]) =>
    value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );
}

/** Two queries' `f.` parameters are the same filters, whatever their order (other parameters aside). */
export function sameFilterText(a: string, b: string): boolean {
  const key = (text: string) =>
    [...new URLSearchParams(text.replace(/^\?/, ""))]
      .filter(([name]) => name.startsWith(FILTER_PREFIX))
      .map(([name, value]) => `${name}=${value.trim()}`)
      .sort()
      .join("&");
  return key(a) === key(b);
}

/** Only the `f.` parameters of a query, as a query string ("" when there are none). */
export function filterParamsOf(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): string {
  const entries = params instanceof URLSearchParams ? [...params] : searchEntries(params);
  return new URLSearchParams(entries.filter(([name]) => name.startsWith(FILTER_PREFIX))).toString();
}
