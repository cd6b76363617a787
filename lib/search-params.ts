/** A URL's query as a page's `searchParams` prop has it (a record), or as the browser has it. */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** The first value of `key`, whichever form the query is in; undefined when it is absent. */
export function firstParam(params: RawSearchParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}
