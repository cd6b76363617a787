// Test-only: the real embedded ledger as its own process (`tsx embedded-ledger/main.ts`), reached over HTTP
// only, as lib/ may not import embedded-ledger/ (see lib/architecture.test.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { closedPort } from "@/lib/blnk/test-server";
import { type ApiKeyOptions, newApiKey, type ScopedApiKey } from "@/lib/test-support/ledger-api-keys";

export interface LedgerProcess {
  url: string;
  stop(): Promise<void>;
  /** A JSON call with the key, as a test fixture makes it; a non-2xx answer throws with its body. */
  call(method: string, route: string, body?: unknown): Promise<unknown>;
  /** The rows of `POST /<records>/filter` whose `field` is exactly `value` (at most `limit`); none: []. */
  rowsWhere<R = Record<string, unknown>>(
    records: string,
    field: string,
    value: string,
    limit?: number,
  ): Promise<R[]>;
  newLedger(name: string): Promise<string>;
  newIdentity(fields: Record<string, string>): Promise<string>;
  /** An API key with these scopes, made through `POST /api-keys` with the master key (ledger-api-keys.ts). */
  newApiKey(scopes: string[], options?: ApiKeyOptions): Promise<ScopedApiKey>;
  /** Two USD balances, source and destination, in a new ledger of this name. */
  newBalances(ledgerName: string): Promise<{ source: string; destination: string }>;
  /** Money from @world, with the amount as a bare integer (JSON.stringify cannot write a bigint). */
  fund(destination: string, amount: bigint, reference?: string): Promise<void>;
  countTransactions(): Promise<number>;
}

/**
 * `npm run ledger` on a free port and an empty temporary data directory, no demo data, secure mode; with this
 * process's environment and `env` over it (`{ LEDGER_CORE_PROFILE: "0.13.2" }`: as that Core).
 */
export async function startLedgerProcess(
  secretKey: string,
  env: Record<string, string> = {},
): Promise<LedgerProcess> {
  const root = path.resolve(__dirname, "../..");
  const dataDir = mkdtempSync(path.join(tmpdir(), "ledger-process-test-"));
  // The migrated empty data directory vitest's global set-up made (embedded-ledger/testing/template.ts).
  const template = process.env.LEDGER_TEST_TEMPLATE_DIR;
  if (template && existsSync(path.join(template, "PG_VERSION")))
    cpSync(template, dataDir, { recursive: true });
  const port = await closedPort();
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["embedded-ledger/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      LEDGER_PORT: String(port),
      LEDGER_DATA_DIR: dataDir,
      LEDGER_SEED: "none",
      LEDGER_SECRET_KEY: secretKey,
      ...env,
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
    if (isUp) return withFixtures(url, secretKey, stop);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`The embedded ledger did not start on ${url}: ${stderr}`);
}

function withFixtures(url: string, secretKey: string, stop: () => Promise<void>): LedgerProcess {
  const call = async (method: string, route: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${url}${route}`, {
      method,
      headers: { "content-type": "application/json", "x-blnk-key": secretKey },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return {
    url,
    stop,
    call,
    rowsWhere: async <R>(records: string, field: string, value: string, limit = 10) => {
      const body = { filters: [{ field, operator: "eq", value }], limit };
      return ((await call("POST", `/${records}/filter`, body)) as R[] | null) ?? [];
    },
    newLedger: async (name) =>
      ((await call("POST", "/ledgers", { name })) as { ledger_id: string }).ledger_id,
    newIdentity: async (fields) =>
      (
        (await call("POST", "/identities", { identity_type: "individual", ...fields })) as {
          identity_id: string;
        }
      ).identity_id,
    newApiKey: (scopes, options) => newApiKey(call, scopes, options),
    newBalances: async (ledgerName) => {
      const ledgerId = ((await call("POST", "/ledgers", { name: ledgerName })) as { ledger_id: string })
        .ledger_id;
      const newBalance = async () =>
        (
          (await call("POST", "/balances", { ledger_id: ledgerId, currency: "USD" })) as {
            balance_id: string;
          }
        ).balance_id;
      return { source: await newBalance(), destination: await newBalance() };
    },
    fund: async (destination, amount, reference = `fund_${crypto.randomUUID()}`) => {
      const response = await fetch(`${url}/transactions`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-blnk-key": secretKey },
        body: `{"precise_amount":${amount},"precision":100,"currency":"USD","source":"@world","destination":"${destination}",
"description":"Funding","reference":"${reference}","allow_overdraft":true,"skip_queue":true}`,
      });
      if (!response.ok) throw new Error(`funding failed: ${response.status} ${await response.text()}`);
    },
    countTransactions: async () => {
      const rows = (await call("GET", "/transactions?limit=100000")) as unknown[] | null;
      return rows?.length ?? 0;
    },
  };
}
