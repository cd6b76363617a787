"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type * as React from "react";
import { cn } from "@/lib/cn";

/** A sidebar link, marked current on its section's pages. The icon comes rendered from the server. */
export function NavLink({
  href,
  icon,
  children,
  prefetch,
}: {
  href: string;
  icon: React.ReactNode;
  children: React.ReactNode;
  /** false for pages whose render does real work (Connection probes Blnk): fetched on click only. */
  prefetch?: false;
}) {
  const pathname = usePathname();
  const isActive = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      prefetch={prefetch}
      aria-current={isActive ? "page" : undefined}
      className={cn(
        "flex items-center gap-2 rounded px-2 py-1.5 text-sm",
        isActive ? "bg-accent font-medium text-accent-foreground" : "hover:bg-muted",
      )}
    >
      {icon}
      {children}
    </Link>
  );
}
