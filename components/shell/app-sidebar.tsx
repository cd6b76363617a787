"use client";

import { BookOpenIcon, LandmarkIcon, UsersIcon, WalletIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type * as React from "react";
import { cn } from "@/lib/cn";
import { ShortcutsHelp } from "./shortcuts-help";
import { ThemeToggle } from "./theme-toggle";

const NAV = [
  { href: "/balances", label: "Balances", icon: WalletIcon },
  { href: "/identities", label: "Identities", icon: UsersIcon },
  { href: "/ledgers", label: "Ledgers", icon: BookOpenIcon },
] as const;

/** `account`: the signed-in person's menu (none in demo mode). */
export function AppSidebar({ account }: { account?: React.ReactNode }) {
  const pathname = usePathname();
  return (
    <aside className="flex w-sidebar shrink-0 flex-col border-r bg-sidebar text-sidebar-foreground">
      <div className="flex h-14 items-center gap-2 px-4 font-semibold">
        <LandmarkIcon className="size-5 text-primary" aria-hidden />
        Ledger Desk
      </div>
      <nav aria-label="Main" className="flex-1 px-2">
        <ul className="flex flex-col gap-0.5">
          {NAV.map(({ href, label, icon: Icon }) => {
            const isActive = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <li key={href}>
                <Link
                  href={href}
                  aria-current={isActive ? "page" : undefined}
                  className={cn(
                    "flex items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-muted",
                    isActive && "bg-accent font-medium text-accent-foreground hover:bg-accent",
                  )}
                >
                  <Icon className="size-4" aria-hidden />
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="flex flex-col gap-0.5 border-t p-2">
        <ShortcutsHelp />
        <ThemeToggle />
        {account}
      </div>
    </aside>
  );
}
