import Link from "next/link";
import type { ReactNode } from "react";

export type Crumb = { label: ReactNode; href?: string; isCode?: boolean };

/**
 * A record page's header: a breadcrumb (each crumb a link but the last, the current page), the heading, the
 * page's actions at the right, and optional lines below. Balances, identities, ledgers (and next,
 * transactions) all use it.
 */
export function RecordHeader({
  crumbs,
  title,
  actions,
  children,
}: {
  crumbs: readonly Crumb[];
  title: ReactNode;
  actions?: ReactNode;
  /** Lines under the heading: a type badge, a subtitle, the record's ID. */
  children?: ReactNode;
}) {
  return (
    <header className="mb-6 flex flex-col gap-2">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground">
        <ol className="flex items-center gap-1.5">
          {crumbs.map((crumb, index) => {
            const isCurrent = index === crumbs.length - 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: crumbs are a fixed path, never reordered
              <li key={index} className="flex items-center gap-1.5">
                {index > 0 ? <span aria-hidden>/</span> : null}
                <span
                  aria-current={isCurrent ? "page" : undefined}
                  className={crumb.isCode ? "font-mono text-xs" : isCurrent ? "truncate" : undefined}
                >
                  {crumb.href && !isCurrent ? (
                    <Link href={crumb.href} className="hover:text-foreground hover:underline">
                      {crumb.label}
                    </Link>
                  ) : (
                    crumb.label
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        {title}
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      {children}
    </header>
  );
}
