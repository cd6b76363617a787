import type * as React from "react";
import { cn } from "@/lib/cn";

/** A loading placeholder; `shape="pill"` for a rounded pill (a badge's place). */
export function Skeleton({
  className,
  shape = "box",
  ...props
}: React.ComponentProps<"div"> & { shape?: "box" | "pill" }) {
  return (
    <div
      aria-hidden
      className={cn("animate-pulse bg-muted", shape === "pill" ? "rounded-full" : "rounded", className)}
      {...props}
    />
  );
}
