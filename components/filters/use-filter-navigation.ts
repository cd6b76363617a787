"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import * as React from "react";
import type { FilterClause } from "@/lib/filters/clauses";
import { filterHref } from "@/lib/filters/url";

/** Applies a table's filters from the browser: a history entry each, so Back undoes it. */
export function useFilterNavigation() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const apply = React.useCallback(
    (clauses: readonly FilterClause[]) =>
      router.push(filterHref(pathname, searchParams, clauses), { scroll: false }),
    [router, pathname, searchParams],
  );
  return { apply };
}
