// Test-only: the set-up the write paths' test files share. Ledger processes (ledger-process.ts), a stub Blnk
// and an embedded app database of the file's own, started before its tests and stopped after; the environment
// the file started with, restored after it, and before each test with the variables `env` names over it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startTestServer, type TestServer } from "@/lib/blnk/test-server";
import { appDb, closeAppDatabase } from "@/lib/db";
import { type LedgerProcess, startLedgerProcess } from "@/lib/test-support/ledger-process";

type Env = Record<string, string | undefined>;

export interface LedgerSuiteOptions<L extends string> {
  /** The secret key the ledger processes run with. */
  key?: string;
  /** The ledger processes by name, each as the Core its LEDGER_CORE_PROFILE names (null: the current Core). */
  ledgers?: Record<L, string | null>;
  /** A stub Blnk, reset before each test. */
  stub?: boolean;
  /** An embedded app database in a temporary directory named with this prefix. */
  appDatabase?: string;
  /** The variables each test starts with over the saved environment (undefined: unset). */
  env?: (suite: LedgerSuite<L>) => Env;
  /** How long the set-up may take. */
  timeout?: number;
}

export type LedgerSuite<L extends string> = { readonly [name in L]: LedgerProcess } & {
  readonly stub: TestServer;
  /** The app database's data directory. */
  readonly dataDir: string;
  /** The environment the file started with, and these variables over it (undefined: unset). */
  setEnv(vars: Env): void;
};

/** Stands for what `get` answers once the suite has started it; so it may be named at the top of a file. */
function startedLater<T extends object>(name: string, get: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const current = get();
      if (!current) throw new Error(`the ${name} is not started (yet: use it inside a test)`);
      const value = current[key as keyof T];
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}

/** Registers the hooks and answers the suite's parts, to be used from the first test on. */
export function ledgerSuiteForFile<L extends string = never>(options: LedgerSuiteOptions<L>): LedgerSuite<L> {
  const savedEnv = { ...process.env };
  const dataDir = options.appDatabase ? mkdtempSync(path.join(tmpdir(), options.appDatabase)) : undefined;
  const ledgers = new Map<string, LedgerProcess>();
  let stub: TestServer | undefined;
  const setEnv = (vars: Env) => {
    process.env = { ...savedEnv, ...vars };
    for (const [name, value] of Object.entries(vars)) if (value === undefined) delete process.env[name];
  };
  const profiles = Object.entries<string | null>(options.ledgers ?? {});
  const suite = {
    stub: startedLater("stub Blnk", () => stub),
    get dataDir() {
      if (!dataDir) throw new Error("the suite has no app database");
      return dataDir;
    },
    setEnv,
    ...Object.fromEntries(
      profiles.map(([name]) => [name, startedLater(`ledger ${name}`, () => ledgers.get(name))]),
    ),
  } as LedgerSuite<L>;

  const startLedgers = async () => {
    // One after another: each start is heavy on a two-core machine.
    for (const [name, profile] of profiles) {
      if (!options.key) throw new Error("a ledger process needs a key");
      const env: Record<string, string> = profile === null ? {} : { LEDGER_CORE_PROFILE: profile };
      ledgers.set(name, await startLedgerProcess(options.key, env));
    }
  };
  beforeAll(async () => {
    await Promise.all([
      startLedgers(),
      options.stub ? startTestServer().then((server) => (stub = server)) : undefined,
      dataDir ? appDb({ kind: "pglite", dataDir }) : undefined,
    ]);
  }, options.timeout ?? 60_000);
  afterAll(async () => {
    process.env = savedEnv;
    await Promise.all([
      ...[...ledgers.values()].map((ledger) => ledger.stop()),
      stub?.close(),
      dataDir ? closeAppDatabase() : undefined,
    ]);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    stub?.reset();
    if (options.env) setEnv(options.env(suite));
  });
  return suite;
}

/**
 * The create paths' suite: one ledger process as the current Core in secure mode with `key` (by default one
 * named for `name`), a stub Blnk and an app database named for `name`; each test starts with Blnk at the
 * ledger process, and `env` over that.
 */
export function writePathSuiteForFile(
  name: string,
  key = `${name}-test-secret-key`,
  env: Env = {},
): LedgerSuite<"ledger"> {
  return ledgerSuiteForFile({
    key,
    ledgers: { ledger: null },
    stub: true,
    appDatabase: `${name}-test-db-`,
    env: (suite) => ({
      BLNK_URL: suite.ledger.url,
      BLNK_API_KEY: key,
      BLNK_TIMEOUT_MS: "5000",
      AUTH_DATA_DIR: suite.dataDir,
      ...env,
    }),
  });
}
