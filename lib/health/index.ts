export { HEALTH_CHECK_LABELS, INFLIGHT_STALE_AFTER_MS } from "./checks";
export {
  ALL_CHECKS_PASS,
  CHECK_STATUS_LABELS,
  evaluateHealth,
  formatMinorUnitsPlain,
  HEALTH_LABELS,
  summarizeChecks,
} from "./evaluate";
export type {
  CheckStatus,
  HealthCheck,
  HealthCheckId,
  HealthInput,
  HealthLabel,
  HealthReport,
  HealthStatus,
  RecomputedBalance,
} from "./types";
