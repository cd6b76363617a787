"use client";

import { useSearchParams } from "next/navigation";
import * as React from "react";

/**
 * The balance whose summary is open lives in `?balance=`, so a view can be shared and Back closes the panel.
 * It is changed with the History API, which Next's router picks up without a server round trip: opening a
 * panel must not re-fetch the table.
 */
export function useOpenBalance() {
  const searchParams = useSearchParams();
  const openId = searchParams.get("balance");

  const setOpenId = React.useCallback((id: string | null, mode: "push" | "replace" = "push") => {
    const url = new URL(window.location.href);
    if (id) url.searchParams.set("balance", id);
    else url.searchParams.delete("balance");
    const next = `${url.pathname}${url.search}`;
    if (mode === "push") window.history.pushState(null, "", next);
    else window.history.replaceState(null, "", next);
  }, []);

  return { openId, setOpenId };
}
