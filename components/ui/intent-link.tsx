"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type * as React from "react";

/**
 * A link prefetched only when someone shows the intent to follow it (pointer over it, or focus), not as soon
 * as it is on screen. For links in panels that open many times in a row (the balance summary while arrowing
 * through rows): each prefetch renders a whole record page, several Blnk calls, for a page rarely opened.
 */
export function IntentLink({
  href,
  onPointerEnter,
  onFocus,
  ...props
}: React.ComponentProps<typeof Link> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        prefetch();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
