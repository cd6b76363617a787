import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import Link from "next/link";
import { buttonVariants } from "./button";

/** Previous/next links that keep the page in the URL (`?page=3`), so reload and Back keep the view. */
export function Pagination({
  page,
  hasNext,
  hrefFor,
  label,
}: {
  page: number;
  hasNext: boolean;
  hrefFor: (page: number) => string;
  label: string;
}) {
  const linkClass = buttonVariants({ variant: "secondary", size: "sm" });
  const disabledClass = `${linkClass} pointer-events-none opacity-50`;
  return (
    <nav aria-label={label} className="flex items-center justify-end gap-2 text-sm">
      <span className="text-muted-foreground">Page {page}</span>
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
          <ChevronLeftIcon aria-hidden /> Previous
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          <ChevronLeftIcon aria-hidden /> Previous
        </span>
      )}
      {hasNext ? (
        // The next page is fetched in full ahead of the click (it is where people go), so Next shows at once.
        <Link className={linkClass} href={hrefFor(page + 1)} rel="next" prefetch>
          Next <ChevronRightIcon aria-hidden />
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          Next <ChevronRightIcon aria-hidden />
        </span>
      )}
    </nav>
  );
}

/** `?page=` as a positive integer; anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  const page = Number(text);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}
