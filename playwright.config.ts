import { defineConfig, devices } from "@playwright/test";
import { CONTAINER_CHROMIUM_ARGS } from "./e2e/support/chromium";
import { E2E } from "./e2e/support/env";

// A database directory starts as a copy of the empty PGlite one scripts/test.mjs made, when it made one.
const fromTemplate = (dir: string) =>
  `{ [ -z "$E2E_PGLITE_TEMPLATE" ] || cp -r "$E2E_PGLITE_TEMPLATE" ${dir}; } && `;

// Both dashboards run the production build (`npm test` builds first): the first against the embedded ledger,
// the second against a port where nothing listens, to prove an unreachable Blnk is explained, not a crash.
const dashboard = (
  port: number,
  blnkUrl: string,
  extraEnv: Record<string, string> = {},
  before = "",
  after = "",
) => ({
  // Each dashboard has a fresh embedded database of its own (sign-in dashboards name theirs in extraEnv).
  command: `node e2e/support/port-free.mjs ${port} && rm -rf .data/e2e-db-${port} && ${fromTemplate(`.data/e2e-db-${port}`)}${before}./node_modules/.bin/next start -H 127.0.0.1 -p ${port}${after}`,
  readyUrl: `http://127.0.0.1:${port}/balances`,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    BLNK_URL: blnkUrl,
    BLNK_API_KEY: E2E.apiKey,
    BLNK_TIMEOUT_MS: "5000",
    AUTH_DATA_DIR: `.data/e2e-db-${port}`,
    ...extraEnv,
  },
});

// Sign-in dashboards: a fresh user store each run, the Admin from ADMIN_EMAIL, the Operator made with the
// one-time command (`npm run user`) and the Viewers by e2e/support/add-users.ts before the server starts.
const { operator } = E2E.accounts;
const addOperator = `USER_PASSWORD='${operator.password}' ./node_modules/.bin/tsx --conditions=react-server scripts/user.ts add --email ${operator.email} --name '${operator.name}' --role operator && `;
const addViewers =
  "./node_modules/.bin/tsx --conditions=react-server e2e/support/add-users.ts viewer auditor lockable && ";
const signInDashboard = (port: number, dataDir: string, extraEnv: Record<string, string>) =>
  dashboard(
    port,
    E2E.blnkUrl,
    {
      AUTH_SECRET: E2E.authSecret,
      AUTH_DATA_DIR: dataDir,
      ADMIN_EMAIL: E2E.accounts.admin.email,
      ADMIN_PASSWORD: E2E.accounts.admin.password,
      ADMIN_NAME: E2E.accounts.admin.name,
      ...extraEnv,
    },
    `rm -rf ${dataDir} && ${fromTemplate(dataDir)}${addOperator}${addViewers}`,
  );

// A dashboard on a Core API key with exactly `scopes`, made on the embedded ledger before it starts.
const scopedDashboard = (port: number, scopes: string) => {
  const server = dashboard(port, E2E.blnkUrl, { LEDGER_MASTER_KEY: E2E.apiKey });
  return {
    ...server,
    command: server.command.replace(
      "./node_modules/.bin/next start",
      `node e2e/support/with-api-key.mjs '${scopes}' ./node_modules/.bin/next start`,
    ),
  };
};

// An embedded ledger on a fresh data directory (a copy of the template when there is one).
const ledgerServer = (port: number, dataDir: string, env: Record<string, string>, seedBalances = 0) => ({
  command: `node e2e/support/port-free.mjs ${port} && rm -rf ${dataDir} && ${fromTemplate(dataDir)}${seedBalances ? `LEDGER_DATA_DIR=${dataDir} ./node_modules/.bin/tsx embedded-ledger/seed/scale-cli.ts --balances ${seedBalances} && ` : ""}./node_modules/.bin/tsx embedded-ledger/main.ts`,
  readyUrl: `http://127.0.0.1:${port}/health`,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  env: { LEDGER_PORT: String(port), LEDGER_DATA_DIR: dataDir, ...env },
});

/** Every server the specs use, with the address that answers once it is up (read by e2e/support/servers-up.ts). */
export const servers = [
  // A fresh embedded ledger with demo data for every run, requiring the key like Core's secure mode.
  ledgerServer(E2E.ledgerPort, E2E.ledgerDataDir, { LEDGER_SEED: "demo", LEDGER_SECRET_KEY: E2E.apiKey }),
  dashboard(E2E.appPort, E2E.blnkUrl, {
    EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${E2E.allowedFramerPort}`,
  }),
  dashboard(E2E.unreachableAppPort, E2E.unreachableBlnkUrl),
  // Its ledger is started (and stopped, and edited while stopped) by e2e/statement-mismatch.spec.ts.
  dashboard(E2E.statementAppPort, E2E.statementLedgerUrl),
  // Its stderr goes to a file the fault tests read: no unhandled rejection or uncaught exception allowed.
  dashboard(
    E2E.recoveringAppPort,
    `http://127.0.0.1:${E2E.proxyPort}`,
    {},
    `mkdir -p .data && : > ${E2E.recoveringStderrLog} && `,
    ` 2>> ${E2E.recoveringStderrLog}`,
  ),
  signInDashboard(E2E.signInAppPort, E2E.signInDataDir, {
    OIDC_ISSUER: E2E.oidcIssuer,
    OIDC_CLIENT_ID: E2E.oidcClientId,
    OIDC_CLIENT_SECRET: E2E.oidcClientSecret,
    OIDC_NAME: "Test ID",
    OIDC_ROLE_CLAIM: "groups",
    OIDC_ROLE_MAP: "desk-ops=operator,desk-admins=admin",
  }),
  signInDashboard(E2E.expiringAppPort, E2E.expiringDataDir, {
    AUTH_SESSION_TTL: String(E2E.sessionTtlSeconds),
  }),
  scopedDashboard(E2E.readOnlyAppPort, E2E.readOnlyScopes),
  scopedDashboard(E2E.balancesWriteAppPort, E2E.balancesWriteScopes),
  // 1,000 balances written straight into a fresh ledger's database before it starts (PGlite has one writer).
  ledgerServer(
    E2E.filtersLedgerPort,
    E2E.filtersLedgerDataDir,
    {
      LEDGER_SEED: "none",
      LEDGER_SECRET_KEY: E2E.apiKey,
    },
    1000,
  ),
  dashboard(E2E.filtersAppPort, E2E.filtersLedgerUrl),
  // Ledgers answering as older Core releases (LEDGER_CORE_PROFILE), without demo data or secure mode.
  ...E2E.coreProfiles.flatMap((profile) => [
    ledgerServer(profile.ledgerPort, profile.ledgerDataDir, {
      LEDGER_SEED: "none",
      LEDGER_CORE_PROFILE: profile.name,
    }),
    dashboard(profile.appPort, profile.ledgerUrl),
  ]),
];

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
          args: CONTAINER_CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Every server starts at once. None has a `url`, so Playwright does not wait for each before starting the next
  // (over a minute); the global set-up waits for all their readyUrls together. A server already listening on
  // its port is reused (e2e/support/port-free.mjs), as reuseExistingServer did.
  globalSetup: "./e2e/support/servers-up.ts",
  webServer: servers.map(({ readyUrl: _, ...server }) => server),
});
