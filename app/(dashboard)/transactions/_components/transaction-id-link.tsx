import Link from "next/link";
import type * as React from "react";
import { cn } from "@/lib/cn";
import { transactionHref } from "@/lib/transactions/types";

/** A transaction's ID (or a short label for it) in a table, linking to its page; not prefetched (many rows). */
export function TransactionIdLink({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <Link
      href={transactionHref(id)}
      prefetch={false}
      className={cn("font-mono text-xs hover:underline", className)}
    >
      {children ?? id}
    </Link>
  );
}
