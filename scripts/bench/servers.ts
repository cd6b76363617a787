// Processes the benchmark runs: the embedded ledger (seeded), the production dashboard, and the build.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** A started server; `pid` is its process (the root of its process tree: `next start` and its workers). */
export type Server = { url: string; pid: number; stop: () => Promise<void> };

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to the end with its output shown; throws when it fails. */
export function run(command: string, args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0)
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed (${result.status})`);
}

/** A production build in its own directory; `next build` adds that directory to tsconfig.json: put it back. */
export function buildDashboard(distDir: string) {
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    run(bin("next"), ["build"], { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

/** Seeds `count` balances straight into a stopped ledger's data directory (set-based SQL, not HTTP). */
export function seedBalances(dataDir: string, count: number, transactions = 0) {
  const args = [path.join(ROOT, "embedded-ledger", "seed", "scale-cli.ts"), "--balances", String(count)];
  if (transactions > 0) args.push("--transactions", String(transactions));
  run(bin("tsx"), args, { LEDGER_DATA_DIR: dataDir });
}

/** Started in its own process group, so stopping it stops everything it started (next start's workers). */
function startDetached(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  logName: string,
): ChildProcess {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code) => {
    if (code && code !== 0 && !stopping.has(child)) console.error(`${logName} exited with ${code}:\n${tail}`);
  });
  return child;
}

const stopping = new WeakSet<ChildProcess>();

function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  stopping.add(child);
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-(child.pid as number), signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    kill("SIGTERM");
  });
}

async function waitFor(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  ok = (status: number) => status < 500,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the process for ${url} exited (${child.exitCode})`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      await response.arrayBuffer();
      if (ok(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
}

const live = new Set<ChildProcess>();
export async function stopAll() {
  await Promise.all([...live].map((child) => stopGroup(child)));
  live.clear();
}

/** Tracks a started server until it answers 200 at `path`; its `stop` ends its process group. */
async function whenUp(child: ChildProcess, port: number, path: string, timeoutMs: number): Promise<Server> {
  live.add(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${path}`, child, timeoutMs, (status) => status === 200);
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      await stopGroup(child);
      live.delete(child);
    },
  };
}

export async function startLedger(options: {
  port: number;
  dataDir: string;
  seed: "demo" | "none";
  key: string;
}) {
  const child = startDetached(
    bin("tsx"),
    [path.join(ROOT, "embedded-ledger", "main.ts")],
    {
      LEDGER_PORT: String(options.port),
      LEDGER_DATA_DIR: options.dataDir,
      LEDGER_SEED: options.seed,
      LEDGER_SECRET_KEY: options.key,
    },
    "the embedded ledger",
  );
  return whenUp(child, options.port, "/health", 300_000);
}

export async function startDashboard(options: {
  port: number;
  distDir: string;
  blnkUrl: string;
  key: string;
}) {
  // Demo mode on loopback: no sign-in settings may leak in from the shell.
  const env: Record<string, string | undefined> = {
    NEXT_DIST_DIR: options.distDir,
    BLNK_URL: options.blnkUrl,
    BLNK_API_KEY: options.key,
    HOSTNAME: "127.0.0.1",
    // Its own embedded database: one on disk may be in use by another dashboard on this machine.
    AUTH_DATA_DIR: path.join(ROOT, ".data", `bench-app-db-${options.port}`),
  };
  rmSync(env.AUTH_DATA_DIR ?? "", { recursive: true, force: true });
  for (const name of [
    "AUTH_SECRET",
    "ADMIN_EMAIL",
    "ADMIN_PASSWORD",
    "OIDC_ISSUER",
    "OIDC_CLIENT_ID",
    "OIDC_CLIENT_SECRET",
  ]) {
    env[name] = "";
  }
  const child = startDetached(
    bin("next"),
    ["start", "-H", "127.0.0.1", "-p", String(options.port)],
    env,
    "the dashboard",
  );
  return whenUp(child, options.port, "/balances", 120_000);
}

/**
 * A pass-through HTTP proxy in front of the ledger that counts the requests reaching it: the dashboard talks
 * to Blnk through it, so the benchmark can say how many Blnk calls a page's server render makes.
 */
export async function startCountingProxy(targetUrl: string): Promise<{
  url: string;
  calls: () => string[];
  reset: () => void;
  stop: () => Promise<void>;
}> {
  const target = new URL(targetUrl);
  const agent = new http.Agent({ keepAlive: true });
  let seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${(req.url ?? "").split("?")[0]}`);
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => [...seen],
    reset: () => {
      seen = [];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
