import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React's server bundle; unit tests run server modules directly.
      "server-only": fileURLToPath(new URL("./lib/test-support/empty.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,components,app,scripts,embedded-ledger}/**/*.test.{ts,tsx}"],
    environment: "node",
    // One migrated empty ledger database, copied by every test ledger instead of a fresh initdb.
    globalSetup: ["embedded-ledger/testing/template.ts"],
    // Server actions run in demo mode here (no AUTH_SECRET, a loopback address): the actor is the demo Admin.
    env: { HOSTNAME: "127.0.0.1", AUTH_SECRET: "" },
    // Vitest defaults to one worker on a two-core machine; most test time waits on PGlite and HTTP, so use two.
    maxWorkers: 2,
    // Set-up that opens a database (an in-memory ledger runs initdb) can take several seconds on a loaded
    // two-core machine; Vitest's 10 s default then fails a suite for the machine's load, not for a fault.
    hookTimeout: 30_000,
  },
});
