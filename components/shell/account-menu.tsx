"use client";

import { LogOutIcon, UserIcon } from "lucide-react";
import Link from "next/link";
import * as React from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toast";
import { OVERSIGHT_PAGES } from "./oversight-pages";

/** The signed-in person, their role, "Users" for Admins, and "Sign out", at the foot of the sidebar. */
export function AccountMenu({
  name,
  email,
  roleLabel,
  canOversee,
}: {
  name: string;
  email: string | null;
  roleLabel: string;
  /** Admins and Auditors get Users, Connection and the audit log. */
  canOversee: boolean;
}) {
  const [isSigningOut, setSigningOut] = React.useState(false);
  const signOut = async () => {
    setSigningOut(true);
    // The sign-in library's browser client is loaded only for this: it is not part of every page's first load.
    const { authClient } = await import("@/lib/auth/client");
    const { error } = await authClient.signOut().catch(() => ({ error: true }));
    if (error) {
      setSigningOut(false);
      toast({ title: "Could not sign out. Try again." });
      return;
    }
    // A full load: nothing of the signed-in pages stays in the client cache.
    window.location.assign("/sign-in");
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`Account: ${name}, ${roleLabel}`}
        className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-left text-sm text-sidebar-foreground/80 hover:bg-muted"
      >
        <UserIcon className="size-4 shrink-0" aria-hidden />
        <span className="min-w-0 flex-1 truncate">{name}</span>
        <span className="text-xs text-muted-foreground">{roleLabel}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent side="right" align="end">
        <DropdownMenuLabel>
          <div className="text-sm text-foreground">{name}</div>
          {email ? <div className="font-normal">{email}</div> : null}
          <div className="font-normal">Role: {roleLabel}</div>
        </DropdownMenuLabel>
        {canOversee
          ? OVERSIGHT_PAGES.map(({ href, label, icon: Icon }) => (
              <DropdownMenuItem key={href} asChild>
                <Link href={href} prefetch={false}>
                  <Icon className="size-4" aria-hidden />
                  {label}
                </Link>
              </DropdownMenuItem>
            ))
          : null}
        <DropdownMenuItem disabled={isSigningOut} onSelect={() => void signOut()}>
          <LogOutIcon className="size-4" aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
