// The pure parts of `npm run loadtest` (scripts/loadtest.mjs): options, the server action's ID and request
// body, what counts as a good reply, and the summary. No I/O here, so scripts/loadtest-lib.test.ts covers it.
import { parseArgs } from "node:util";

export const DEFAULT_DURATION_S = 30;
export const DEFAULT_CONNECTIONS = 50;

/** `--duration <s>` and `--connections <n>`, positive integers; throws a readable message otherwise. */
export function parseLoadtestArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string" },
      connections: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    durationS: positiveInt("--duration", values.duration, DEFAULT_DURATION_S),
    connections: positiveInt("--connections", values.connections, DEFAULT_CONNECTIONS),
  };
}

function positiveInt(flag, text, fallback) {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new Error(`${flag} must be a positive integer (got "${text}")`);
  return Number(text);
}

/**
 * The ID of a server action in a build's `server/server-reference-manifest.json`, found by the module that
 * defines it (a repo-relative path) and its exported name. Throws when it is missing or ambiguous.
 */
export function findActionId(manifest, { file, exportedName }) {
  const wanted = normalizePath(file);
  const matches = Object.entries(manifest?.node ?? {})
    .filter(([, entry]) => entry?.exportedName === exportedName)
    .filter(([, entry]) => {
      const filename = normalizePath(entry.filename ?? "");
      return filename === wanted || filename.endsWith(`/${wanted}`);
    })
    .map(([id]) => id);
  const unique = [...new Set(matches)];
  if (unique.length === 0) throw new Error(`No server action "${exportedName}" from ${file} in the manifest`);
  if (unique.length > 1) throw new Error(`Several server actions "${exportedName}" from ${file}: ${unique}`);
  return unique[0];
}

function normalizePath(text) {
  return text.replaceAll("\\", "/").replace(/^(\.\/)+/, "");
}

/**
 * A server action's arguments as React's client sends them for plain values: a JSON array in which an
 * `undefined` argument is the string "$undefined" (undefined object properties are simply left out).
 */
export function encodeActionArgs(args) {
  return JSON.stringify(args.map((arg) => (arg === undefined ? "$undefined" : arg)));
}

/** The headers a browser sends with a server action call (the page's path is the request's path). */
export function actionHeaders(actionId, origin) {
  return {
    "next-action": actionId,
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    origin,
  };
}

const isSuccess = (status) => status >= 200 && status < 300;

/** Why a GET /balances reply is not the Balances page with its table, or null when it is. */
export function pageProblem(status, body) {
  if (!isSuccess(status)) return `HTTP ${status}`;
  if (!/<table\b[^>]*\baria-label="Balances"/.test(body)) return "no Balances table in the page";
  return null;
}

/**
 * Why a reply to the Refresh action (`fetchBalancesPage`) is not balance data, or null when it is. The reply is
 * a React Flight stream; the action's result is one row, `{"ok":true,"data":{"rows":[…` on success and
 * `{"ok":false,"error":{…}}` when Blnk failed or the input was refused. A thrown error is an `E` row.
 */
export function actionProblem(status, body) {
  if (!isSuccess(status)) return `HTTP ${status}`;
  const failed = /^\w+:\{"ok":false,"error":(\{.*)$/m.exec(body);
  if (failed) return `error result: ${failed[1].slice(0, 200)}`;
  if (/^\w+:E\{/m.test(body)) return "the action threw";
  if (!/^\w+:\{"ok":true,"data":\{"rows":\[/m.test(body)) return "no balance data in the reply";
  return null;
}

/** The p-th percentile (0–100, nearest rank) of a list of numbers; 0 for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const round1 = (value) => Math.round(value * 10) / 10;

/** Count, failures and latency percentiles (ms) of one route, from what the load run recorded for it. */
export function routeSummary({ latenciesMs, non2xx, badReplies, firstProblem = null }) {
  const mean = latenciesMs.length
    ? latenciesMs.reduce((sum, value) => sum + value, 0) / latenciesMs.length
    : 0;
  return {
    responses: latenciesMs.length,
    non2xx,
    badReplies,
    firstProblem,
    latencyMs: {
      mean: round1(mean),
      p50: round1(percentile(latenciesMs, 50)),
      p90: round1(percentile(latenciesMs, 90)),
      p99: round1(percentile(latenciesMs, 99)),
      max: round1(latenciesMs.length ? Math.max(...latenciesMs) : 0),
    },
  };
}

/**
 * The load test's summary from autocannon's result (requests/s, throughput and latency histograms, error
 * counters) and the per-route records; `problems` lists every reason the run counts as failed.
 */
export function buildSummary({ result, routes, meta = {} }) {
  const routeEntries = Object.entries(routes).map(([name, record]) => [name, routeSummary(record)]);
  const summary = {
    ...meta,
    connections: result.connections,
    durationS: result.duration,
    requests: {
      total: result.requests.total,
      perSecondMean: round1(result.requests.average),
      perSecondStddev: round1(result.requests.stddev),
    },
    throughput: {
      bytesPerSecondMean: Math.round(result.throughput.average),
      bytesTotal: result.throughput.total,
    },
    latencyMs: {
      mean: round1(result.latency.average),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, Number(stat.count)]),
    ),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    routes: Object.fromEntries(routeEntries),
  };
  return { ...summary, problems: summaryProblems(summary) };
}

/** Every reason the run failed: socket errors, timeouts, non-2xx replies, bad bodies, a route never answered. */
export function summaryProblems(summary) {
  const problems = [];
  if (summary.requests.total === 0) problems.push("no request completed");
  if (summary.errors > 0) problems.push(`${summary.errors} socket error(s) (timeouts included)`);
  if (summary.timeouts > 0) problems.push(`${summary.timeouts} timeout(s)`);
  if (summary.non2xx > 0) problems.push(`${summary.non2xx} non-2xx response(s)`);
  for (const [name, route] of Object.entries(summary.routes)) {
    if (route.responses === 0) problems.push(`${name}: no response`);
    if (route.badReplies > 0) {
      problems.push(
        `${name}: ${route.badReplies} bad repl${route.badReplies === 1 ? "y" : "ies"} (${route.firstProblem})`,
      );
    }
  }
  return problems;
}

const formatBytes = (bytes) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;

/** The summary as the lines printed at the end of the run. */
export function formatSummary(summary) {
  const ms = (latency) =>
    `p50 ${latency.p50} · p90 ${latency.p90} · p99 ${latency.p99} · max ${latency.max} ms`;
  const lines = [
    `Load test: ${summary.connections} connections for ${summary.durationS} s`,
    `  requests        ${summary.requests.total} total, ${summary.requests.perSecondMean}/s mean`,
    `  throughput      ${formatBytes(summary.throughput.bytesPerSecondMean)}/s mean`,
    `  latency         ${ms(summary.latencyMs)} (mean ${summary.latencyMs.mean} ms)`,
  ];
  for (const [name, route] of Object.entries(summary.routes)) {
    lines.push(`  ${name.padEnd(15)} ${route.responses} responses, ${ms(route.latencyMs)}`);
  }
  lines.push(
    `  non-2xx ${summary.non2xx} · errors ${summary.errors} · timeouts ${summary.timeouts} · bad replies ${Object.values(
      summary.routes,
    ).reduce((sum, route) => sum + route.badReplies, 0)}`,
    summary.problems.length ? `FAILED: ${summary.problems.join("; ")}` : "OK: no errors",
  );
  return lines.join("\n");
}
