"use client";

import { useParams } from "next/navigation";

/** The ID from the URL: not-found pages get no props, but the route's params are still known here. */
export function RequestedBalanceId() {
  const params = useParams<{ id: string }>();
  const id = params?.id ?? "";
  return <code className="font-mono text-xs break-all text-foreground">{decodeIfEncoded(id)}</code>;
}

function decodeIfEncoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
