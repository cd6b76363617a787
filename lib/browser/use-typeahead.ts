"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";

// Type-ahead without a fixed debounce: every keystroke asks at once, and the answer for text no longer typed
// is cancelled rather than waited for. React Query does the cancelling: each text is its own query, and a
// query left without observers while its fetch runs aborts the fetch's signal (when `search` passes it on,
// as getJson does). Each text's answer is kept a while, so deleting back to an earlier text shows it at once.

export type TypeaheadOptions<T> = {
  /** What is searched (e.g. ["identities"]); the text is added to it. */
  key: readonly string[];
  text: string;
  search: (text: string, signal: AbortSignal) => Promise<T>;
  enabled: boolean;
};

export function useTypeahead<T>({ key, text, search, enabled }: TypeaheadOptions<T>) {
  return useQuery({
    queryKey: ["typeahead", ...key, text],
    queryFn: ({ signal }) => search(text, signal),
    enabled,
    staleTime: 10_000,
    // The previous text's answer stays on screen until this one's arrives (isPlaceholderData says so), so the
    // list does not blink empty between keystrokes.
    placeholderData: keepPreviousData,
  });
}
