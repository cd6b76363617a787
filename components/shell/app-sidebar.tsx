import {
  ArrowRightLeftIcon,
  BookOpenIcon,
  KeyboardIcon,
  LandmarkIcon,
  MoonIcon,
  SearchIcon,
  SunIcon,
  UsersIcon,
  WalletIcon,
} from "lucide-react";
import type * as React from "react";
import { CommandPaletteLauncher } from "./command-palette-launcher";
import { NavLink } from "./nav-link";
import { OVERSIGHT_PAGES } from "./oversight-pages";
import { ShortcutsHelp } from "./shortcuts-help";
import { ThemeToggle } from "./theme-toggle";

// A server component: its icons arrive as markup, not as script. Only the links (which one is current), the
// shortcuts help, the command palette's Search box and the theme toggle run in the browser.
const NAV = [
  { href: "/balances", label: "Balances", icon: WalletIcon },
  { href: "/transactions", label: "Transactions", icon: ArrowRightLeftIcon },
  { href: "/identities", label: "Identities", icon: UsersIcon },
  { href: "/ledgers", label: "Ledgers", icon: BookOpenIcon },
] as const;

/** `account`: the signed-in person's menu (none in demo mode). `canOversee`: Admins and Auditors. */
export function AppSidebar({
  account,
  canOversee = false,
}: {
  account?: React.ReactNode;
  canOversee?: boolean;
}) {
  return (
    <aside className="flex w-sidebar shrink-0 flex-col border-r bg-sidebar text-sidebar-foreground">
      <div className="flex h-14 items-center gap-2 px-4 font-semibold">
        <LandmarkIcon className="size-5 text-primary" aria-hidden />
        Ledger Desk
      </div>
      <div className="px-2 pb-2">
        <CommandPaletteLauncher
          canOversee={canOversee}
          icon={<SearchIcon className="size-4 shrink-0" aria-hidden />}
        />
      </div>
      <nav aria-label="Main" className="flex-1 px-2">
        <ul className="flex flex-col gap-0.5">
          {NAV.map(({ href, label, icon: Icon }) => (
            <li key={href}>
              <NavLink href={href} icon={<Icon className="size-4" aria-hidden />}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-col gap-0.5 border-t p-2">
        {canOversee
          ? OVERSIGHT_PAGES.filter((page) => page.inSidebar).map(({ href, label, icon: Icon }) => (
              <NavLink key={href} href={href} prefetch={false} icon={<Icon className="size-4" aria-hidden />}>
                {label}
              </NavLink>
            ))
          : null}
        <ShortcutsHelp icon={<KeyboardIcon className="size-4" aria-hidden />} />
        <ThemeToggle
          icon={
            <>
              <SunIcon className="size-4 dark:hidden" aria-hidden />
              <MoonIcon className="hidden size-4 dark:block" aria-hidden />
            </>
          }
        />
        {account}
      </div>
    </aside>
  );
}
