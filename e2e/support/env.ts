/**
 * Addresses and secrets shared by playwright.config.ts, the specs and scripts/test.mjs (which passes the same
 * API key to `next build`, so the build can be searched for it).
 */
const appPort = Number(process.env.E2E_PORT ?? 3100);
const unreachableAppPort = appPort + 1;
const ledgerPort = Number(process.env.E2E_LEDGER_PORT ?? 5101);
/** An embedded ledger answering as an older Core (LEDGER_CORE_PROFILE) and the dashboard that reads it. */
const coreProfile = (name: string, offset: number) => ({
  name,
  ledgerUrl: `http://127.0.0.1:${ledgerPort + 10 + offset}`,
  ledgerPort: ledgerPort + 10 + offset,
  ledgerDataDir: `.data/e2e-ledger-core-${name}-${ledgerPort}`,
  appUrl: `http://127.0.0.1:${appPort + 7 + offset}`,
  appPort: appPort + 7 + offset,
});

export const E2E = {
  appPort,
  appUrl: `http://127.0.0.1:${appPort}`,
  unreachableAppPort,
  unreachableAppUrl: `http://127.0.0.1:${unreachableAppPort}`,
  // Port 9 (discard) has no listener on these machines: connections are refused at once.
  unreachableBlnkUrl: "http://127.0.0.1:9",
  /** The embedded ledger the main dashboard talks to: fresh data dir, demo data, secure mode on. */
  ledgerPort: Number(process.env.E2E_LEDGER_PORT ?? 5101),
  blnkUrl: `http://127.0.0.1:${Number(process.env.E2E_LEDGER_PORT ?? 5101)}`,
  // Overridable so two Playwright runs on one machine do not wipe each other's ledger.
  ledgerDataDir: process.env.E2E_LEDGER_DATA_DIR ?? ".data/e2e-ledger",
  /** A dashboard whose Blnk is a proxy the test switches on and off (to prove "Try again" recovers). */
  recoveringAppUrl: `http://127.0.0.1:${appPort + 2}`,
  recoveringAppPort: appPort + 2,
  /** That dashboard's stderr, kept so the fault tests can check nothing went unhandled. */
  recoveringStderrLog: `.data/e2e-recovering-${appPort + 2}.stderr.log`,
  proxyPort: Number(process.env.E2E_LEDGER_PORT ?? 5101) + 1,
  /** Origins of test pages that frame the embed page: the first is in EMBED_ALLOWED_ORIGINS, the second not. */
  allowedFramerPort: appPort + 70,
  otherFramerPort: appPort + 71,
  /** A dashboard with sign-in configured: local accounts (below) and OIDC against the test provider. */
  signInAppPort: appPort + 3,
  signInAppUrl: `http://127.0.0.1:${appPort + 3}`,
  signInDataDir: `.data/e2e-auth-${appPort + 3}`,
  /** A second sign-in dashboard whose sessions last a few seconds, to see them expire. */
  expiringAppPort: appPort + 4,
  expiringAppUrl: `http://127.0.0.1:${appPort + 4}`,
  expiringDataDir: `.data/e2e-auth-${appPort + 4}`,
  sessionTtlSeconds: 4,
  /** Dashboards on Core API keys with only read scopes, and with read scopes plus balances:write. */
  readOnlyAppUrl: `http://127.0.0.1:${appPort + 5}`,
  readOnlyAppPort: appPort + 5,
  readOnlyScopes: "ledgers:read balances:read identities:read transactions:read",
  balancesWriteAppUrl: `http://127.0.0.1:${appPort + 6}`,
  balancesWriteAppPort: appPort + 6,
  balancesWriteScopes: "ledgers:read balances:read identities:read transactions:read balances:write",
  coreProfiles: [coreProfile("0.14", 0), coreProfile("0.15.0", 1)] as const,
  /** A ledger bulk-seeded with 1,000 funded balances (seed/scale.ts) and the dashboard the filter specs use. */
  filtersLedgerPort: ledgerPort + 30,
  filtersLedgerUrl: `http://127.0.0.1:${ledgerPort + 30}`,
  filtersLedgerDataDir: `.data/e2e-ledger-filters-${ledgerPort + 30}`,
  filtersAppPort: appPort + 9,
  filtersAppUrl: `http://127.0.0.1:${appPort + 9}`,
  /** A dashboard on a ledger the statement-mismatch spec starts, stops and edits behind its back itself. */
  statementAppPort: appPort + 11,
  statementAppUrl: `http://127.0.0.1:${appPort + 11}`,
  statementLedgerPort: ledgerPort + 40,
  statementLedgerUrl: `http://127.0.0.1:${ledgerPort + 40}`,
  /** A sign-in dashboard the saved-views spec starts and restarts itself. */
  savedViewsAppPort: appPort + 10,
  authSecret: "e2e-auth-secret-0123456789abcdef0123456789",
  accounts: {
    admin: { email: "admin@example.com", password: "admin password e2e", name: "Ada Admin" },
    operator: { email: "operator@example.com", password: "operator password e2e", name: "Otto Operator" },
    viewer: { email: "viewer@example.com", password: "viewer password e2e", name: "Vera Viewer" },
    auditor: { email: "auditor@example.com", password: "auditor password e2e", name: "Audrey Auditor" },
  },
  /** A Viewer the per-account lock test locks out (no other test signs in with it). */
  lockableAccount: { email: "lockable@example.com", password: "lockable password e2e", name: "Lee Lockable" },
  /** Two dashboards on one Postgres server, started by the multi-instance test itself. */
  twinAppPorts: [appPort + 20, appPort + 21] as const,
  twinPostgresPort: 55_400 + (appPort % 100),
  /** The test OpenID provider, started by the OIDC test itself. */
  oidcPort: appPort + 80,
  oidcIssuer: `http://127.0.0.1:${appPort + 80}`,
  oidcClientId: "ledger-desk-e2e",
  oidcClientSecret: "e2e-oidc-client-secret",
  /** A recognisable key: no page, script or reply may ever contain it. */
  apiKey: process.env.E2E_BLNK_API_KEY ?? "ldk-e2e-canary-key-3f9c2a7d51",
} as const;
