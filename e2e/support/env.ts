/**
 * Addresses and secrets shared by playwright.config.ts, the specs and scripts/test.mjs (which passes the same
 * API key to `next build`, so the build can be searched for it).
 */
const appPort = Number(process.env.E2E_PORT ?? 3100);
const unreachableAppPort = appPort + 1;

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
  ledgerDataDir: ".data/e2e-ledger",
  /** A dashboard whose Blnk is a proxy the test switches on and off (to prove "Try again" recovers). */
  recoveringAppUrl: `http://127.0.0.1:${appPort + 2}`,
  recoveringAppPort: appPort + 2,
  proxyPort: Number(process.env.E2E_LEDGER_PORT ?? 5101) + 1,
  /** Origins of test pages that frame the embed page: the first is in EMBED_ALLOWED_ORIGINS, the second not. */
  allowedFramerPort: appPort + 70,
  otherFramerPort: appPort + 71,
  /** A recognisable key: no page, script or reply may ever contain it. */
  apiKey: process.env.E2E_BLNK_API_KEY ?? "ldk-e2e-canary-key-3f9c2a7d51",
} as const;
