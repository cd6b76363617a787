"use client";

import { useParams } from "next/navigation";

/** The record ID from the URL, for a not-found page (which gets no props, but the route's params are known). */
export function RequestedId() {
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
