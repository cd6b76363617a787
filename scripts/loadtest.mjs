#!/usr/bin/env node
// `npm run loadtest [-- --duration 30 --connections 50]`: builds when the dist dir (NEXT_DIST_DIR, .next) has
// no production build, starts a fresh embedded ledger (temporary data dir, demo data, a random secret key) and
// `next start` against it on private ports, then drives the Balances page with autocannon: every connection
// alternates GET /balances (the server-rendered page) and the page's Refresh server action
// (`fetchBalancesPage`). Prints requests/s, throughput, latency percentiles (overall and per route) and every
// error, writes the same to .data/loadtest/latest.json and exits non-zero when anything failed. Both servers
// are stopped on the way out, also on failure and Ctrl+C.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import {
  actionHeaders,
  actionProblem,
  buildSummary,
  encodeActionArgs,
  findActionId,
  formatSummary,
  pageProblem,
  parseLoadtestArgs,
} from "./loadtest-lib.mjs";
import { freePort, printTails, startServer, stopServers, waitFor } from "./loadtest-servers.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR?.trim() || ".next");
const outFile = path.join(root, ".data", "loadtest", "latest.json");
const PAGE_PATH = "/balances";
const ACTION = { file: "lib/balances/actions.ts", exportedName: "fetchBalancesPage" };
// What components/balances/balances-view.tsx sends on Refresh of /balances: the parsed query (page 1, no
// filters, undefined fields left out) and no page size.
const ACTION_ARGS = [{ page: 1 }, undefined];

let options;
try {
  options = parseLoadtestArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error("Usage: npm run loadtest -- [--duration <seconds>] [--connections <n>]");
  process.exit(2);
}

let dataDir;
let instance;
let cleaning;

function cleanup() {
  cleaning ??= (async () => {
    instance?.stop();
    await stopServers();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers…`);
    void cleanup().finally(() => process.exit(130));
  });
}

function ensureBuild(env) {
  if (existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.log(`No production build in ${path.relative(root, distDir)}: building…`);
  // With a custom dist dir, `next build` adds its types folder to tsconfig.json "include": put it back.
  const tsconfigPath = path.join(root, "tsconfig.json");
  const tsconfig = readFileSync(tsconfigPath, "utf8");
  const build = spawnSync(bin("next"), ["build"], { cwd: root, stdio: "inherit", env });
  if (readFileSync(tsconfigPath, "utf8") !== tsconfig) writeFileSync(tsconfigPath, tsconfig);
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status ?? build.signal})`);
}

async function checkOnce(appUrl, actionId, body) {
  const page = await fetch(`${appUrl}${PAGE_PATH}`);
  const pageText = await page.text();
  const pageIssue = pageProblem(page.status, pageText);
  if (pageIssue) throw new Error(`GET ${PAGE_PATH} is not the Balances page: ${pageIssue}`);
  const action = await fetch(`${appUrl}${PAGE_PATH}`, {
    method: "POST",
    headers: actionHeaders(actionId, appUrl),
    body,
  });
  const actionText = await action.text();
  const actionIssue = actionProblem(action.status, actionText);
  if (actionIssue) {
    throw new Error(
      `The Refresh action did not return balances: ${actionIssue}\n${actionText.slice(0, 500)}`,
    );
  }
}

function newRoute() {
  return { latenciesMs: [], non2xx: 0, badReplies: 0, firstProblem: null };
}

async function runLoad(appUrl, actionId, body) {
  const routes = { "GET /balances": newRoute(), "Refresh action": newRoute() };
  // autocannon calls a request's onResponse, then (synchronously, same client) emits "response" with the
  // latency: `answered` carries the route from one to the other.
  let answered = null;
  const onResponse = (route, problemOf) => (status, responseBody) => {
    const record = routes[route];
    answered = record;
    if (status < 200 || status >= 300) record.non2xx += 1;
    const problem = problemOf(status, responseBody);
    if (problem) {
      record.badReplies += 1;
      record.firstProblem ??= problem;
    }
  };
  const requests = [
    { method: "GET", path: PAGE_PATH, onResponse: onResponse("GET /balances", pageProblem) },
    {
      method: "POST",
      path: PAGE_PATH,
      headers: actionHeaders(actionId, appUrl),
      body,
      onResponse: onResponse("Refresh action", actionProblem),
    },
  ];
  const result = await new Promise((resolve, reject) => {
    instance = autocannon(
      {
        url: appUrl,
        connections: options.connections,
        duration: options.durationS,
        timeout: 10,
        requests,
      },
      (error, value) => (error ? reject(error) : resolve(value)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      if (answered) answered.latenciesMs.push(responseTime);
      answered = null;
    });
  });
  instance = undefined;
  return { result, routes };
}

/**
 * A fresh embedded ledger (temporary data dir, demo data, a random secret key) and `next start` against it,
 * on private ports; returns the dashboard's URL once both answer.
 */
async function startLedgerAndDashboard(env) {
  const ledgerPort = await freePort(5301);
  const appPort = await freePort(3301);
  const ledgerUrl = `http://127.0.0.1:${ledgerPort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  const secretKey = randomBytes(24).toString("hex");
  dataDir = mkdtempSync(path.join(os.tmpdir(), "ledger-desk-loadtest-"));

  console.log(`Starting the embedded ledger at ${ledgerUrl} (demo data, fresh data dir)…`);
  const ledger = startServer("embedded ledger", bin("tsx"), [path.join(root, "embedded-ledger", "main.ts")], {
    ...env,
    LEDGER_PORT: String(ledgerPort),
    LEDGER_DATA_DIR: dataDir,
    LEDGER_SEED: "demo",
    LEDGER_SECRET_KEY: secretKey,
  });
  await waitFor(`${ledgerUrl}/health`, ledger, 180_000, (response) => response.ok);

  console.log(`Starting the dashboard at ${appUrl} (${path.relative(root, distDir)})…`);
  // Demo mode (no sign-in configured, loopback address), so the requests need no session.
  const dashboardEnv = {
    ...env,
    HOSTNAME: "127.0.0.1",
    PORT: String(appPort),
    BLNK_URL: ledgerUrl,
    // Its own embedded database, beside the ledger's temporary data.
    AUTH_DATA_DIR: path.join(dataDir, "app-db"),
  };
  for (const name of ["AUTH_SECRET", "OIDC_ISSUER", "ADMIN_EMAIL", "ADMIN_PASSWORD"])
    delete dashboardEnv[name];
  const dashboard = startServer(
    "dashboard (next start)",
    bin("next"),
    ["start", "-H", "127.0.0.1", "-p", String(appPort)],
    { ...dashboardEnv, BLNK_API_KEY: secretKey },
  );
  await waitFor(`${appUrl}${PAGE_PATH}`, dashboard, 60_000, () => true);
  return appUrl;
}

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  ensureBuild(env);
  const manifestPath = path.join(distDir, "server", "server-reference-manifest.json");
  const actionId = findActionId(JSON.parse(readFileSync(manifestPath, "utf8")), ACTION);
  const body = encodeActionArgs(ACTION_ARGS);

  const appUrl = await startLedgerAndDashboard(env);

  // Fails loudly when either request is not what the load is meant to measure; also warms both paths up.
  for (let round = 0; round < 3; round += 1) await checkOnce(appUrl, actionId, body);
  console.log(
    `Checked GET ${PAGE_PATH} and the Refresh action (${actionId.slice(0, 10)}…). Load: ` +
      `${options.connections} connections for ${options.durationS} s…`,
  );

  const { result, routes } = await runLoad(appUrl, actionId, body);
  const summary = buildSummary({
    result,
    routes,
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      target: `${appUrl}${PAGE_PATH}`,
      actionId,
    },
  });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\n${formatSummary(summary)}\nWritten to ${path.relative(root, outFile)}`);
  if (summary.problems.length) printTails();
  return summary.problems.length ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nLoad test failed: ${error instanceof Error ? error.message : String(error)}`);
  printTails();
} finally {
  await cleanup();
}
process.exit(exitCode);
