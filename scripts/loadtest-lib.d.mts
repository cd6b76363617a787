// Types for scripts/loadtest-lib.mjs (plain ESM, run by Node without a build step).

export declare const DEFAULT_DURATION_S: number;
export declare const DEFAULT_CONNECTIONS: number;

export type LoadtestOptions = { durationS: number; connections: number };
export declare function parseLoadtestArgs(argv: string[]): LoadtestOptions;

export type ServerReferenceManifest = {
  node?: Record<string, { filename?: string; exportedName?: string } | undefined>;
};
export declare function findActionId(
  manifest: ServerReferenceManifest,
  action: { file: string; exportedName: string },
): string;

export declare function encodeActionArgs(args: unknown[]): string;
export declare function actionHeaders(actionId: string, origin: string): Record<string, string>;

export declare function pageProblem(status: number, body: string): string | null;
export declare function actionProblem(status: number, body: string): string | null;

export declare function percentile(values: number[], p: number): number;

export type LatencySummary = { mean?: number; p50: number; p90: number; p99: number; max: number };

export type RouteRecord = {
  latenciesMs: number[];
  non2xx: number;
  badReplies: number;
  firstProblem?: string | null;
};
export type RouteSummary = {
  responses: number;
  non2xx: number;
  badReplies: number;
  firstProblem: string | null;
  latencyMs: LatencySummary;
};
export declare function routeSummary(record: RouteRecord): RouteSummary;

/** The parts of autocannon's result the summary reads. */
export type AutocannonResult = {
  connections: number;
  duration: number;
  requests: { total: number; average: number; stddev: number };
  throughput: { total: number; average: number };
  latency: { average: number; p50: number; p90: number; p99: number; max: number };
  statusCodeStats?: Record<string, { count: number | string }>;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type LoadtestSummary = Record<string, unknown> & {
  connections: number;
  durationS: number;
  requests: { total: number; perSecondMean: number; perSecondStddev: number };
  throughput: { bytesPerSecondMean: number; bytesTotal: number };
  latencyMs: LatencySummary;
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  routes: Record<string, RouteSummary>;
  problems: string[];
};
export declare function buildSummary(input: {
  result: AutocannonResult;
  routes: Record<string, RouteRecord>;
  meta?: Record<string, unknown>;
}): LoadtestSummary;
export declare function summaryProblems(summary: Omit<LoadtestSummary, "problems">): string[];
export declare function formatSummary(summary: LoadtestSummary): string;
