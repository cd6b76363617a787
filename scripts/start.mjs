#!/usr/bin/env node
// `npm start`: builds when there is no production build yet; when BLNK_URL is unset, starts the embedded
// ledger (seeding demo data on first start) and waits for its /health; then serves the dashboard on
// HOSTNAME:PORT (127.0.0.1:3000). Ctrl+C stops both, the ledger closing its database cleanly.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const children = [];

function stopAll(signal = "SIGTERM") {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopAll(signal);
    // Give the ledger time to close its database before this process goes.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No production build yet: building Ledger Desk…");
  const build = spawnSync(bin("next"), ["build"], { cwd: root, stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (!process.env.BLNK_URL?.trim()) {
  const ledgerUrl = `http://127.0.0.1:${process.env.LEDGER_PORT?.trim() || "5001"}`;
  console.log(`BLNK_URL is not set: starting the embedded ledger at ${ledgerUrl}…`);
  const ledger = spawn(bin("tsx"), [path.join(root, "embedded-ledger", "main.ts")], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  children.push(ledger);
  ledger.on("exit", (code) => {
    console.log(`Embedded ledger stopped (exit ${code ?? 0}).`);
    stopAll();
    process.exitCode = code ?? 0;
  });
  if (!(await waitForHealth(ledgerUrl, ledger, 180_000))) {
    console.error(`The embedded ledger did not become healthy at ${ledgerUrl}.`);
    stopAll();
    process.exit(1);
  }
  // The ledger's secret, if any, is the key the dashboard must send.
  if (process.env.LEDGER_SECRET_KEY && !process.env.BLNK_API_KEY)
    env.BLNK_API_KEY = process.env.LEDGER_SECRET_KEY;
}

const host = process.env.HOSTNAME || "127.0.0.1";
const port = process.env.PORT || "3000";
const dashboard = spawn(bin("next"), ["start", "-H", host, "-p", port], { cwd: root, stdio: "inherit", env });
children.push(dashboard);
dashboard.on("exit", (code) => {
  stopAll();
  process.exitCode = code ?? 0;
});
