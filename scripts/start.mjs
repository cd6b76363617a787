#!/usr/bin/env node
// `npm start`: builds when there is no production build yet, then serves the dashboard on HOSTNAME:PORT
// (127.0.0.1:3000 by default).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, "node_modules", ".bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No production build yet: building Ledger Desk…");
  const build = spawnSync(next, ["build"], { cwd: root, stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const host = process.env.HOSTNAME || "127.0.0.1";
const port = process.env.PORT || "3000";
const server = spawn(next, ["start", "-H", host, "-p", port], { cwd: root, stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
