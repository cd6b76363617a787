import Link from "next/link";
import type { ReactNode } from "react";

/** Breadcrumb back to Identities, the identity's name as the heading, its type, and the page's actions. */
export function IdentityHeader({ name, type, actions }: { name: string; type: string; actions: ReactNode }) {
  return (
    <header className="mb-6 flex flex-col gap-2">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <ol className="flex items-center gap-1.5">
          <li>
            <Link href="/identities" className="hover:text-foreground hover:underline">
              Identities
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li aria-current="page" className="truncate">
            {name}
          </li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">{name}</h1>
        <div className="flex items-center gap-2">{actions}</div>
      </div>
      {type ? (
        <span className="w-fit rounded-full border px-2 py-0.5 text-xs text-muted-foreground">{type}</span>
      ) : null}
    </header>
  );
}
