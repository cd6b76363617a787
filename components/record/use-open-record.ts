"use client";

import { useSearchParams } from "next/navigation";
import * as React from "react";

/**
 * The record whose summary is open lives in the URL (`?balance=`, `?transaction=`), so a view can be shared and
 * Back closes the panel.
 * It is changed with the History API, which Next's router picks up without a server round trip: opening a
 * panel must not re-fetch the table.
 */
export function useOpenRecord(param: "balance" | "transaction") {
  const searchParams = useSearchParams();
  const openId = searchParams.get(param);

  const setOpenId = React.useCallback(
    (id: string | null, mode: "push" | "replace" = "push") => {
      const url = new URL(window.location.href);
      if (id) url.searchParams.set(param, id);
      else url.searchParams.delete(param);
      const next = `${url.pathname}${url.search}`;
      if (mode === "push") window.history.pushState(null, "", next);
      else window.history.replaceState(null, "", next);
    },
    [param],
  );

  return { openId, setOpenId };
}
