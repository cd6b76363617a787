"use client";

import { useRouter } from "next/navigation";
import * as React from "react";
import { useShortcut } from "@/lib/keyboard/use-shortcut";
import { useLinkTargetProps } from "./link-target";

/**
 * Row keyboard: Enter opens the focused row's summary; ↑/↓ (k/j) move between rows, and with the summary open
 * step it to the previous/next balance; E expands the open summary (or the focused row) to its details page.
 * Keys that are not for the table (focus elsewhere, nothing open) are declined and keep their usual meaning.
 */
export function useBalancesKeyboard({
  ids,
  openId,
  open,
}: {
  ids: string[];
  openId: string | null;
  open: (id: string, mode?: "push" | "replace") => void;
}) {
  const router = useRouter();
  const opensInNewTab = useLinkTargetProps().target === "_blank";
  const rows = React.useRef(new Map<string, HTMLTableRowElement>());
  const rowRef = React.useCallback((id: string, element: HTMLTableRowElement | null) => {
    if (element) rows.current.set(id, element);
    else rows.current.delete(id);
  }, []);

  const focusedRowId = () => {
    const active = document.activeElement;
    return active instanceof HTMLElement ? (active.dataset.balanceRow ?? null) : null;
  };

  const step = (delta: number) => {
    const current = focusedRowId() ?? openId;
    if (!current) return false;
    const index = ids.indexOf(current);
    const nextId = ids[Math.min(Math.max(index + delta, 0), ids.length - 1)];
    if (!nextId || index < 0) return false;
    rows.current.get(nextId)?.focus();
    if (openId) open(nextId, "replace");
    return true;
  };

  useShortcut("openRow", () => {
    const id = focusedRowId();
    if (!id) return false;
    open(id);
  });
  useShortcut("nextRow", () => step(1));
  useShortcut("previousRow", () => step(-1));
  useShortcut("expand", () => {
    const id = openId ?? focusedRowId();
    if (!id) return false;
    if (opensInNewTab) window.open(`/balances/${id}`, "_blank", "noopener");
    else router.push(`/balances/${id}`);
  });

  return { rowRef };
}
