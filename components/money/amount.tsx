"use client";

import { Tooltip } from "@/components/ui/tooltip";
import { cn } from "@/lib/cn";
import type { FormattedMoney } from "@/lib/money";

/**
 * An exact amount (formatted on the server from the bigint), right-aligned with tabular digits. The tooltip,
 * also reachable by keyboard focus, shows the raw minor units and the precision used. `className` replaces
 * the default text size (text-sm) when given.
 */
export function Amount({ money, className }: { money: FormattedMoney; className?: string }) {
  return (
    <Tooltip content={money.tooltip}>
      <span
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can read the tooltip
        tabIndex={0}
        className={cn(
          "rounded-sm font-mono whitespace-nowrap tabular-nums",
          money.isNegative && "text-danger",
          className ?? "text-sm",
        )}
      >
        {money.isNegative ? <span className="sr-only">Negative </span> : null}
        {money.text}
      </span>
    </Tooltip>
  );
}
