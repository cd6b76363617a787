import { type BlnkFilter, containsPattern } from "@/lib/blnk/filter";
import { isIdentityIdText } from "@/lib/blnk/ids";
import type { Identity } from "@/lib/blnk/types";

// How a search box text becomes Blnk filters. Core's filter language has one logical operator per request and
// no grouping, so "any field contains the text" (OR) and "first + last name" (AND) are two requests whose
// results are listed one after the other (see mergedPageSlices).

export const IDENTITY_SEARCH_FIELDS = [
  "first_name",
  "last_name",
  "organization_name",
  "email_address",
] as const;

export type IdentitySearchPlan =
  /** No search: every identity. */
  | { kind: "all" }
  /** One request: any of the fields contains the text (`logical_operator: "or"`). */
  | { kind: "any-field"; anyField: BlnkFilter[] }
  /**
   * Two or more words: first name contains the first word AND last name the last word ("Ada Quill" is in no
   * single column), listed first; then any field containing the whole text (an organization's name).
   */
  | {
      kind: "full-name-then-any-field";
      fullName: BlnkFilter[];
      anyField: BlnkFilter[];
      words: FullNameWords;
    };

export type FullNameWords = { first: string; last: string };

export function planIdentitySearch(text: string): IdentitySearchPlan {
  const query = text.trim();
  if (query === "") return { kind: "all" };
  const pattern = containsPattern(query);
  const anyField: BlnkFilter[] = IDENTITY_SEARCH_FIELDS.map((field) => ({
    field,
    operator: "ilike",
    value: pattern,
  }));
  // A pasted identity ID finds that identity too.
  if (isIdentityIdText(query)) anyField.push({ field: "identity_id", operator: "eq", value: query });

  const words = query.split(/\s+/);
  const first = words[0];
  const last = words.at(-1);
  if (words.length < 2 || !first || !last) return { kind: "any-field", anyField };
  return {
    kind: "full-name-then-any-field",
    fullName: [
      { field: "first_name", operator: "ilike", value: containsPattern(first) },
      { field: "last_name", operator: "ilike", value: containsPattern(last) },
    ],
    anyField,
    words: { first, last },
  };
}

/** The full-name condition, checked locally: such a row was already listed with the full-name matches. */
export function matchesFullName(identity: Pick<Identity, "firstName" | "lastName">, words: FullNameWords) {
  return (
    identity.firstName.toLowerCase().includes(words.first.toLowerCase()) &&
    identity.lastName.toLowerCase().includes(words.last.toLowerCase())
  );
}

export type Slice = { offset: number; limit: number };

/**
 * Page `page` of two result lists shown one after the other (`firstCount` rows, then the rest): which rows of
 * each list it holds. Either slice is null when the page holds none of that list.
 */
export function mergedPageSlices({
  page,
  pageSize,
  firstCount,
}: {
  page: number;
  pageSize: number;
  firstCount: number;
}): { first: Slice | null; second: Slice | null } {
  const start = (page - 1) * pageSize;
  const firstLimit = Math.max(0, Math.min(pageSize, firstCount - start));
  const secondLimit = pageSize - firstLimit;
  return {
    first: firstLimit > 0 ? { offset: start, limit: firstLimit } : null,
    second: secondLimit > 0 ? { offset: Math.max(0, start - firstCount), limit: secondLimit } : null,
  };
}
