"use client";

import * as React from "react";

const subscribe = () => () => {};

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * A timestamp in the viewer's local time, with the exact ISO value on hover. The server does not know the
 * viewer's time zone, so it renders the ISO date and the browser replaces it right after hydration.
 */
export function LocalTime({ iso }: { iso: string }) {
  const isClient = React.useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const isValid = !Number.isNaN(date.getTime());
  return (
    <time dateTime={iso} title={iso} className="whitespace-nowrap tabular-nums">
      {isClient && isValid ? formatter.format(date) : iso.slice(0, 10)}
    </time>
  );
}
