import {
  checkBalanceEquation,
  checkInflightAge,
  checkInflightEquation,
  checkLineageOwner,
  checkNegativeBalance,
  checkRecomputedBalance,
} from "./checks";
import type {
  CheckContext,
  CheckStatus,
  HealthCheck,
  HealthInput,
  HealthLabel,
  HealthReport,
  HealthStatus,
} from "./types";

export const HEALTH_LABELS: Record<HealthStatus, HealthLabel> = {
  healthy: "Healthy",
  needs_attention: "Needs attention",
  unhealthy: "Unhealthy",
};

/** The word shown beside each check; "Not checked" rather than "Skipped" because it says what it means. */
export const CHECK_STATUS_LABELS: Record<CheckStatus, "Pass" | "Warning" | "Fail" | "Not checked"> = {
  pass: "Pass",
  warn: "Warning",
  fail: "Fail",
  skipped: "Not checked",
};

export const ALL_CHECKS_PASS = "All checks pass.";

/** The default amount formatter: exact, but without a currency's precision, which this module does not know. */
export function formatMinorUnitsPlain(amount: bigint): string {
  return `${amount.toString()} minor units`;
}

const CHECKS: ReadonlyArray<(ctx: CheckContext) => HealthCheck> = [
  checkBalanceEquation,
  checkInflightEquation,
  checkNegativeBalance,
  checkInflightAge,
  checkLineageOwner,
  checkRecomputedBalance,
];

/** The worst wins: any fail is unhealthy, else any warn needs attention; skipped checks never count. */
export function summarizeChecks(checks: HealthCheck[]): Omit<HealthReport, "checks"> {
  const worst = checks.find((c) => c.status === "fail") ?? checks.find((c) => c.status === "warn");
  const status: HealthStatus =
    worst === undefined ? "healthy" : worst.status === "fail" ? "unhealthy" : "needs_attention";
  return { status, label: HEALTH_LABELS[status], summary: worst?.reason ?? ALL_CHECKS_PASS };
}

/** Runs every health check on a balance. Pure and synchronous: the caller fetches and passes everything in. */
export function evaluateHealth(input: HealthInput): HealthReport {
  const { formatAmount = formatMinorUnitsPlain, ...rest } = input;
  const ctx: CheckContext = { ...rest, formatAmount };
  const checks = CHECKS.map((run) => run(ctx));
  return { ...summarizeChecks(checks), checks };
}
