// The load test's servers (scripts/loadtest.mjs): each started in its own process group with its last output
// kept, waited for until it answers, and stopped in reverse order, the whole group, forcibly if it must be.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** Started servers, stopped in reverse order; each runs in its own process group (spawned detached). */
const servers = [];

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function stopServer({ name, child }) {
  if (!groupAlive(child.pid)) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  // The ledger closes its database on SIGTERM; give it time before forcing.
  const deadline = Date.now() + 15_000;
  while (groupAlive(child.pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(child.pid)) {
    console.error(`${name} did not stop within 15 s: killing it.`);
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** Stops every started server, the last started first. */
export async function stopServers() {
  for (const server of [...servers].reverse()) await stopServer(server);
}

/** Starts a server in its own process group, keeping its last output lines to show when something fails. */
export function startServer(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const tail = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) tail.push(line);
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const server = { name, child, tail };
  servers.push(server);
  return server;
}

export function printTails() {
  for (const { name, tail } of servers) {
    if (tail.length) console.error(`\n--- last output of ${name} ---\n${tail.join("\n")}`);
  }
}

/** `preferred` when nothing listens there, otherwise a free port the system picks. */
export function freePort(preferred) {
  const listen = (port) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
  return listen(preferred).then((port) => port ?? listen(0));
}

/** Polls `url` until `isReady(response)`; throws when the server exits first or `timeoutMs` passes. */
export async function waitFor(url, server, timeoutMs, isReady) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `${server.name} exited (${server.child.exitCode ?? server.child.signalCode}) while starting`,
      );
    }
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (isReady(response)) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${server.name} was not ready at ${url} within ${timeoutMs / 1000} s`);
}
