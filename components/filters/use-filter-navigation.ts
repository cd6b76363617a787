"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import * as React from "react";
import type { FilterClause } from "@/lib/filters/clauses";
import { clauseParam, FILTER_PREFIX } from "@/lib/filters/url";

/**
 * Links and navigation for a table's filters: the same URL with other filters, back to page 1, everything
 * else (owner, ledger, search, saved view) kept. Each change is a history entry, so Back undoes it.
 */
export function useFilterNavigation() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();

  const hrefFor = React.useCallback(
    (clauses: readonly FilterClause[]) => {
      const params = new URLSearchParams(
        [...searchParams].filter(([name]) => !name.startsWith(FILTER_PREFIX) && name !== "page"),
      );
      // Removing a saved view's last filter leaves the view: its link alone would bring the filters back.
      if (clauses.length === 0) params.delete("view");
      for (const clause of clauses) params.append(...clauseParam(clause));
      const text = params.toString();
      return text ? `${pathname}?${text}` : pathname;
    },
    [pathname, searchParams],
  );

  const apply = React.useCallback(
    (clauses: readonly FilterClause[]) => router.push(hrefFor(clauses), { scroll: false }),
    [router, hrefFor],
  );

  return { hrefFor, apply };
}
