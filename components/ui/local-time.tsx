"use client";

import * as React from "react";

const subscribe = () => () => {};

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
// What the server (and hydration) shows: the same shape in UTC, so the swap to local time moves nothing.
const utcFormatter = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * A timestamp in the viewer's local time, with the exact ISO value on hover. The server does not know the
 * viewer's time zone, so it renders the time in UTC and the browser replaces it right after hydration; a
 * minimum width keeps table columns from shifting when it does.
 */
export function LocalTime({
  iso,
  title,
}: {
  iso: string /** Replaces the ISO value on hover. */;
  title?: string;
}) {
  const isClient = React.useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const isValid = !Number.isNaN(date.getTime());
  return (
    <time
      dateTime={iso}
      title={title ?? iso}
      className="inline-block min-w-[11.5rem] whitespace-nowrap tabular-nums"
    >
      {!isValid ? iso.slice(0, 10) : isClient ? formatter.format(date) : utcFormatter.format(date)}
    </time>
  );
}
