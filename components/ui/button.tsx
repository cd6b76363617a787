import { Slot } from "radix-ui";
import type * as React from "react";
import { cn } from "@/lib/cn";

const BASE =
  "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded text-sm font-medium transition-colors disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0";
const VARIANTS = {
  primary: "bg-primary text-primary-foreground hover:bg-primary/90",
  secondary: "border border-input bg-background hover:bg-muted",
  ghost: "hover:bg-muted",
  danger: "bg-danger text-danger-foreground hover:bg-danger/90",
} as const;
const SIZES = { sm: "h-8 px-3", md: "h-9 px-4", icon: "size-9" } as const;

export type ButtonVariants = { variant?: keyof typeof VARIANTS | null; size?: keyof typeof SIZES | null };

/** The classes of a button (also for links styled as buttons): secondary and medium unless told otherwise. */
export function buttonVariants({ variant, size }: ButtonVariants = {}): string {
  return `${BASE} ${VARIANTS[variant ?? "secondary"]} ${SIZES[size ?? "md"]}`;
}

export type ButtonProps = React.ComponentProps<"button"> & ButtonVariants & { asChild?: boolean };

export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      className={cn(buttonVariants({ variant, size }), className)}
      type={asChild ? undefined : (type ?? "button")}
      {...props}
    />
  );
}
