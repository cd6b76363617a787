import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { expect } from "@playwright/test";

// A server a spec starts, stops and restarts itself (a dashboard, a ledger), in its own process group so
// stopping it stops what it spawned; its output goes to `log`, shown when it does not come up.

export type OwnServer = { start(): Promise<void>; stop(): Promise<void> };

export function ownServer(options: {
  command: string;
  args: string[];
  env: () => NodeJS.ProcessEnv;
  log: string;
  /** Answers 200 once the server is up. */
  readyUrl: string;
}): OwnServer {
  let child: ChildProcess | undefined;
  return {
    async start() {
      child = spawn(options.command, options.args, {
        env: options.env(),
        stdio: ["ignore", openSync(options.log, "a"), openSync(options.log, "a")],
        detached: true,
      });
      await expect
        .poll(async () => (await fetch(options.readyUrl).catch(() => null))?.status ?? 0, {
          timeout: 60_000,
          intervals: [250],
        })
        .toBe(200)
        .catch((error) => {
          throw new Error(`${error}\n${readFileSync(options.log, "utf8")}`);
        });
    },
    async stop() {
      const running = child;
      if (!running?.pid || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      process.kill(-running.pid, "SIGTERM");
      // A loaded machine once kept a server past a hook's 30 s after SIGTERM: after 10 s it is killed.
      const killed = setTimeout(() => {
        try {
          if (running.pid) process.kill(-running.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** An empty data directory for a server of a spec's own: a copy of the PGlite template when there is one. */
export function freshDataDir(dir: string): void {
  mkdirSync(".data", { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  const template = process.env.E2E_PGLITE_TEMPLATE;
  if (template && existsSync(template)) cpSync(template, dir, { recursive: true });
}
