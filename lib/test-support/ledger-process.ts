// Test-only: the real embedded ledger as its own process (`tsx embedded-ledger/main.ts`), reached over HTTP
// only, as lib/ may not import embedded-ledger/ (see lib/architecture.test.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { closedPort } from "@/lib/blnk/test-server";

export interface LedgerProcess {
  url: string;
  stop(): Promise<void>;
}

/** `npm run ledger` on a free port and an empty temporary data directory, no demo data, secure mode. */
export async function startLedgerProcess(secretKey: string): Promise<LedgerProcess> {
  const root = path.resolve(__dirname, "../..");
  const dataDir = mkdtempSync(path.join(tmpdir(), "ledger-process-test-"));
  const port = await closedPort();
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["embedded-ledger/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      LEDGER_PORT: String(port),
      LEDGER_DATA_DIR: dataDir,
      LEDGER_SEED: "none",
      LEDGER_SECRET_KEY: secretKey,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const isUp = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`The embedded ledger did not start on ${url}: ${stderr}`);
}
