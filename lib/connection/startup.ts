import "server-only";
import { logEvent } from "@/lib/logging/log";
import { type ConnectionReport, describeCapability, probeConnection } from "./probe";

/** One line per problem the Connection page would show: unreachable, or something the key may not do. */
export function connectionProblems(report: ConnectionReport): string[] {
  if (!report.reachable) return [`Blnk at ${report.url} is unreachable: ${report.reason ?? "no answer"}`];
  return report.capabilities
    .filter((capability) => capability.allowed !== true)
    .map((capability) => describeCapability(capability));
}

/**
 * At start-up, after the server listens: probe Blnk once and log each problem as one warning line. Never
 * stops the server (Blnk may come up later, and a read-only key is a valid choice); the Connection page
 * shows the same, live.
 */
export async function logConnectionAtStartup(): Promise<void> {
  const report = await probeConnection().catch(() => null);
  if (!report) return;
  for (const problem of connectionProblems(report)) logEvent("warn", "blnk_connection", { problem });
}
