import { XIcon } from "lucide-react";
import Link from "next/link";
import type * as React from "react";

/** An active filter as a chip: a link to the same list without it, so one click or Enter removes it. */
export function FilterChip({
  href,
  label,
  children,
}: {
  href: string;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-label={`Remove filter ${label}`}
      title="Remove this filter"
      className="group inline-flex max-w-sm items-center gap-1.5 rounded-full border bg-muted px-3 py-1 text-sm hover:border-foreground/40 focus-visible:outline-2 focus-visible:outline-ring"
    >
      {children}
      <XIcon className="size-3.5 shrink-0 text-muted-foreground group-hover:text-foreground" aria-hidden />
    </Link>
  );
}
