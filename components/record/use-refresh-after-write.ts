"use client";

import { type InvalidateQueryFilters, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import * as React from "react";

/**
 * After a write's toast: refetch the cached queries it may have changed (all of them unless `queries` narrows
 * it, none with `false`) and render the page again (unless `page` is false: a page that keeps its rows until
 * asked). In the next task, not the toast's own: the refetches are
 * server actions, which Next runs one after another, and a toast raised in the same task as router.refresh()
 * was drawn only once all of them had finished (half a second after the sheet closed, at 10,000 balances).
 */
export function useRefreshAfterWrite() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return React.useCallback(
    ({ queries = {}, page = true }: { queries?: InvalidateQueryFilters | false; page?: boolean } = {}) => {
      setTimeout(() => {
        if (queries) void queryClient.invalidateQueries(queries);
        if (page) router.refresh();
      }, 0);
    },
    [router, queryClient],
  );
}
