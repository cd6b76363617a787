// Test-only helpers for the contract suite: a real ledger over real HTTP on a temporary data directory.
import { rmSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { type LedgerOptions, type RunningLedger, startLedger } from "../app";
import { parseBody } from "../json";
import { freshDataDir } from "./template";

/** An amount past 2^128 (so past u64 and i128 too): only exact integer arithmetic keeps every digit. */
export const HUGE = 10n ** 40n + 1n;

export type TestResponse = { status: number; text: string; json: unknown; headers: Headers };

export type TestLedger = RunningLedger & {
  dataDir: string;
  /** Sends raw JSON text (so big numbers stay bare) or nothing; returns the status and both body forms. */
  call(method: string, route: string, body?: string, headers?: Record<string, string>): Promise<TestResponse>;
  /** Like call(), but a body that is not already text is written with JSON.stringify. */
  send(method: string, route: string, body?: unknown): Promise<TestResponse>;
  /** Like close(), and removes the data directory. */
  destroy(): Promise<void>;
};

export async function startTestLedger(options: Omit<LedgerOptions, "dataDir"> = {}): Promise<TestLedger> {
  const dataDir = freshDataDir("ledger-test-");
  const ledger = await startLedger({ ...options, dataDir });
  return withClient(ledger, dataDir);
}

export function withClient(ledger: RunningLedger, dataDir: string): TestLedger {
  const call: TestLedger["call"] = async (method, route, body, headers = {}) => {
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
  };
  return {
    ...ledger,
    dataDir,
    call,
    send: (method, route, body) =>
      call(method, route, body === undefined || typeof body === "string" ? body : JSON.stringify(body)),
    async destroy() {
      await ledger.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One test ledger for a test file (or a describe block): started before its tests, then `setUp` (fixtures
 * straight into SQL, say), destroyed after. The ledger is reached through the returned object, valid from
 * `setUp` on.
 */
export function testLedgerForFile(
  options: Omit<LedgerOptions, "dataDir"> & { setUp?: () => Promise<void> } = {},
): TestLedger {
  const { setUp, ...ledgerOptions } = options;
  let current: TestLedger | undefined;
  beforeAll(async () => {
    current = await startTestLedger(ledgerOptions);
    await setUp?.();
  });
  afterAll(() => current?.destroy());
  return new Proxy({} as TestLedger, {
    get(_target, key) {
      if (!current) throw new Error("the test ledger is not started yet (use it inside a test or setUp)");
      const value = current[key as keyof TestLedger];
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
