import type * as React from "react";
import { cn } from "@/lib/cn";

export function Table({ className, ...props }: React.ComponentProps<"table">) {
  return (
    <div className="relative w-full overflow-x-auto rounded-md border">
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead className={cn("bg-surface [&_tr]:border-b", className)} {...props} />;
}

export function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

/** `isHeader`: a header row, which does not highlight on hover. */
export function TableRow({
  className,
  isHeader = false,
  ...props
}: React.ComponentProps<"tr"> & { isHeader?: boolean }) {
  return (
    <tr
      className={cn(
        "border-b transition-colors data-[state=selected]:bg-accent",
        !isHeader && "hover:bg-muted/60",
        className,
      )}
      {...props}
    />
  );
}

export function TableHead({
  className,
  align = "left",
  ...props
}: React.ComponentProps<"th"> & { align?: "left" | "right" }) {
  return (
    <th
      className={cn(
        "h-9 px-3 align-middle text-xs font-medium text-muted-foreground",
        align === "right" ? "text-right" : "text-left",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return <td className={cn("h-10 px-3 align-middle", className)} {...props} />;
}

/** A column title: text, or `{ label, align: "right" }` for one over amounts. */
export type TableColumn = React.ReactNode | { label: React.ReactNode; align: "right" };

/** A table's header of plain column titles, in order (a header row does not highlight on hover). */
export function TableColumns({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <TableHeader>
      <TableRow isHeader>
        {columns.map((column, index) =>
          column !== null && typeof column === "object" && "align" in column ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed, never reordered
            <TableHead key={index} align={column.align}>
              {column.label}
            </TableHead>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed, never reordered
            <TableHead key={index}>{column}</TableHead>
          ),
        )}
      </TableRow>
    </TableHeader>
  );
}
