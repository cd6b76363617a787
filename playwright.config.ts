import { defineConfig, devices } from "@playwright/test";
import { E2E } from "./e2e/support/env";

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Both dashboards run the production build (`npm test` builds first): the first against the embedded ledger,
// the second against a port where nothing listens, to prove an unreachable Blnk is explained, not a crash.
const dashboard = (port: number, blnkUrl: string, extraEnv: Record<string, string> = {}) => ({
  command: `./node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
  url: `http://127.0.0.1:${port}/balances`,
  reuseExistingServer: !process.env.CI,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    BLNK_URL: blnkUrl,
    BLNK_API_KEY: E2E.apiKey,
    BLNK_TIMEOUT_MS: "5000",
    ...extraEnv,
  },
});

export default defineConfig({
  testDir: "./e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: { baseURL: E2E.appUrl, trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: [
    {
      // A fresh embedded ledger with demo data for every run, requiring the key like Core's secure mode.
      command: `rm -rf ${E2E.ledgerDataDir} && ./node_modules/.bin/tsx ledger/main.ts`,
      url: `${E2E.blnkUrl}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
      env: {
        LEDGER_PORT: String(E2E.ledgerPort),
        LEDGER_DATA_DIR: E2E.ledgerDataDir,
        LEDGER_SEED: "demo",
        LEDGER_SECRET_KEY: E2E.apiKey,
      },
    },
    dashboard(E2E.appPort, E2E.blnkUrl, {
      EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${E2E.allowedFramerPort}`,
    }),
    dashboard(E2E.unreachableAppPort, E2E.unreachableBlnkUrl),
    dashboard(E2E.recoveringAppPort, `http://127.0.0.1:${E2E.proxyPort}`),
  ],
});
