"use client";

import {
  CircleCheckIcon,
  CircleDashedIcon,
  CircleXIcon,
  type LucideIcon,
  TriangleAlertIcon,
} from "lucide-react";
import type { ComponentProps } from "react";
import { Tooltip } from "@/components/ui/tooltip";
import { cn } from "@/lib/cn";
import { CHECK_STATUS_LABELS, type CheckStatus, type HealthReport, type HealthStatus } from "@/lib/health";

/*
 * Text is always `text-foreground` on `bg-muted` (AA in both themes); the status colour is only on the icon, and
 * each status has its own icon shape too, so neither contrast nor meaning depends on seeing the colour.
 */
const CHECK_ICONS: Record<CheckStatus, { Icon: LucideIcon; className: string }> = {
  pass: { Icon: CircleCheckIcon, className: "text-positive" },
  warn: { Icon: TriangleAlertIcon, className: "text-warning" },
  fail: { Icon: CircleXIcon, className: "text-danger" },
  skipped: { Icon: CircleDashedIcon, className: "text-muted-foreground" },
};

const REPORT_ICONS: Record<HealthStatus, CheckStatus> = {
  healthy: "pass",
  needs_attention: "warn",
  unhealthy: "fail",
};

function StatusIcon({ status, className }: { status: CheckStatus; className?: string }) {
  const { Icon, className: colour } = CHECK_ICONS[status];
  return <Icon aria-hidden="true" className={cn("size-3.5 shrink-0", colour, className)} />;
}

function Pill({ report, className, ...props }: { report: HealthReport } & ComponentProps<"span">) {
  return (
    <span
      {...props}
      className={cn(
        "inline-flex w-fit items-center gap-1.5 rounded-full border border-border bg-muted px-2 py-0.5",
        "text-xs font-medium whitespace-nowrap text-foreground",
        className,
      )}
    >
      <StatusIcon status={REPORT_ICONS[report.status]} />
      {report.label}
    </span>
  );
}

/** Every warning and failure, worst first: the tooltip lists them all, the summary names only the worst. */
function problems(report: HealthReport): HealthReport["checks"] {
  return [
    ...report.checks.filter((c) => c.status === "fail"),
    ...report.checks.filter((c) => c.status === "warn"),
  ];
}

/**
 * A balance's overall health: "Healthy", "Needs attention" or "Unhealthy", never without its reason. With
 * `showReason` the summary is printed beside the pill (summary panel); otherwise (table cells) the pill is
 * focusable and its accessible name carries the summary, with every problem in a hover/focus tooltip.
 */
export function HealthBadge({ report, showReason = false }: { report: HealthReport; showReason?: boolean }) {
  if (showReason) {
    // Spans only, so the badge is valid wherever phrasing content is (a <dd>, a table cell, a <p>).
    return (
      <span className="inline-flex flex-col items-start gap-1">
        <Pill report={report} />
        <span className="text-sm text-muted-foreground wrap-anywhere">{report.summary}</span>
      </span>
    );
  }

  const worst = problems(report);
  // role="img" makes the aria-label the pill's name (a plain span may not carry one) and reads it as one unit;
  // tabIndex lets keyboard users reach the reason, and the tooltip, without a mouse.
  return (
    <Tooltip
      content={
        worst.length > 1 ? (
          <ul className="flex list-disc flex-col gap-1 pl-4 wrap-anywhere">
            {worst.map((check) => (
              <li key={check.id}>{check.reason}</li>
            ))}
          </ul>
        ) : (
          <span className="wrap-anywhere">{report.summary}</span>
        )
      }
    >
      <Pill
        report={report}
        role="img"
        aria-label={`Health: ${report.label}. ${report.summary}`}
        tabIndex={0}
        className="cursor-default"
      />
    </Tooltip>
  );
}

/** Every check with its status and reason, for the balance's details page. */
export function HealthChecklist({ report }: { report: HealthReport }) {
  return (
    <dl className="flex flex-col divide-y divide-border">
      {report.checks.map((check) => (
        <div
          key={check.id}
          className="grid gap-x-4 gap-y-1 py-2 first:pt-0 last:pb-0 sm:grid-cols-[12rem_1fr]"
        >
          <dt className="text-sm font-medium text-foreground">{check.label}</dt>
          <dd className="flex flex-col gap-0.5 text-sm">
            <span className="inline-flex items-center gap-1.5 font-medium text-foreground">
              <StatusIcon status={check.status} />
              {CHECK_STATUS_LABELS[check.status]}
            </span>
            <span className="text-muted-foreground wrap-anywhere">{check.reason}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
