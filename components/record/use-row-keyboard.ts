"use client";

import { useRouter } from "next/navigation";
import * as React from "react";
import { useLinkTargetProps } from "@/components/balances/link-target";
import { useShortcut } from "@/lib/keyboard/use-shortcut";

/**
 * Row keyboard: Enter opens the focused row's summary; ↑/↓ (k/j) move between rows, and with the summary open
 * step it to the previous/next record; E expands the open summary (or the focused row) to its details page.
 * Keys that are not for the table (focus elsewhere, nothing open) are declined and keep their usual meaning.
 * Rows carry their record's ID in `data-row-id`.
 */
export function useRowKeyboard({
  ids,
  openId,
  open,
  detailsHref,
}: {
  ids: string[];
  openId: string | null;
  open: (id: string, mode?: "push" | "replace") => void;
  /** The record's details page: `/balances/<id>`, `/transactions/<id>`. */
  detailsHref: (id: string) => string;
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
    return active instanceof HTMLElement ? (active.dataset.rowId ?? null) : null;
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
    if (opensInNewTab) window.open(detailsHref(id), "_blank", "noopener");
    else router.push(detailsHref(id));
  });

  return { rowRef };
}
