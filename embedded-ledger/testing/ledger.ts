// Test-only helpers for the contract suite: a real ledger over real HTTP on a temporary data directory.
import { rmSync } from "node:fs";
import { type LedgerOptions, type RunningLedger, startLedger } from "../app";
import { parseBody } from "../json";
import { freshDataDir } from "./template";

export type TestLedger = RunningLedger & {
  dataDir: string;
  /** Sends raw JSON text (so big numbers stay bare) or nothing; returns the status and both body forms. */
  call(
    method: string,
    route: string,
    body?: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; text: string; json: unknown; headers: Headers }>;
  /** Like close(), and removes the data directory. */
  destroy(): Promise<void>;
};

export async function startTestLedger(options: Omit<LedgerOptions, "dataDir"> = {}): Promise<TestLedger> {
  const dataDir = freshDataDir("ledger-test-");
  const ledger = await startLedger({ ...options, dataDir });
  return withClient(ledger, dataDir);
}

export function withClient(ledger: RunningLedger, dataDir: string): TestLedger {
  return {
    ...ledger,
    dataDir,
    async call(method, route, body, headers = {}) {
      const response = await fetch(`${ledger.url}${route}`, {
        method,
        headers: { "content-type": "application/json", ...headers },
        body,
      });
      const text = await response.text();
      let json: unknown = null;
      try {
        json = text ? parseBody(text) : null;
      } catch {
        json = null;
      }
      return { status: response.status, text, json, headers: response.headers };
    },
    async destroy() {
      await ledger.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
