import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// Sign-in settings the test runner's own environment might carry: each test sets the ones it means to.
const NO_SIGN_IN = { AUTH_SECRET: "", ADMIN_EMAIL: "", ADMIN_PASSWORD: "", OIDC_ISSUER: "", HOSTNAME: "" };

function startDashboard(env: Record<string, string>, host = "127.0.0.1") {
  const child = spawn("./node_modules/.bin/next", ["start", "-H", host, "-p", "3190"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_DATA_DIR: ".data/e2e-startup-db",
      ...NO_SIGN_IN,
      ...env,
    },
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits for a dashboard that should refuse to start; one that starts anyway is stopped and fails the test. */
async function expectRefusal(server: ReturnType<typeof startDashboard>, timeoutMs = 20_000) {
  const timer = setTimeout(() => server.child.kill("SIGTERM"), timeoutMs);
  try {
    const code = await server.exited;
    expect(code, `it started instead of refusing:\n${server.output()}`).not.toBeNull();
    expect(code).not.toBe(0);
  } finally {
    clearTimeout(timer);
  }
}

test("a bad BLNK_URL stops the dashboard at start-up with a message naming it", async () => {
  const server = startDashboard({ BLNK_URL: "localhost-without-scheme", BLNK_API_KEY: "start-secret-42" });
  const code = await server.exited;
  expect(code).not.toBe(0);
  expect(server.output()).toContain("Ledger Desk cannot start");
  expect(server.output()).toContain("BLNK_URL");
  expect(server.output()).not.toContain("start-secret-42");
});

test("a bad CURRENCY_PRECISION stops the dashboard at start-up with the bad entry", async () => {
  const server = startDashboard({ BLNK_URL: "http://127.0.0.1:9", CURRENCY_PRECISION: "USD=100,POINTS=7" });
  const code = await server.exited;
  expect(code).not.toBe(0);
  expect(server.output()).toContain("CURRENCY_PRECISION");
  expect(server.output()).toContain("POINTS=7");
});

test("a bad EMBED_ALLOWED_ORIGINS stops the dashboard at start-up with the bad entry", async () => {
  const server = startDashboard({
    BLNK_URL: "http://127.0.0.1:9",
    EMBED_ALLOWED_ORIGINS: "crm.example.com/customers",
  });
  const code = await server.exited;
  expect(code).not.toBe(0);
  expect(server.output()).toContain('EMBED_ALLOWED_ORIGINS: "crm.example.com/customers"');
});

test("without sign-in configured, a non-loopback address stops the dashboard at start-up and says why", async () => {
  const server = startDashboard(
    { BLNK_URL: "http://127.0.0.1:9", BLNK_API_KEY: "start-secret-42" },
    "0.0.0.0",
  );
  await expectRefusal(server);
  expect(server.output()).toContain("Ledger Desk cannot start");
  expect(server.output()).toContain("AUTH_SECRET");
  expect(server.output()).toContain("not a loopback address");
  expect(server.output()).toContain("0.0.0.0");
  expect(server.output()).not.toContain("start-secret-42");
});

test("a too-short AUTH_SECRET stops the dashboard at start-up, naming it but not echoing it", async () => {
  const server = startDashboard(
    {
      BLNK_URL: "http://127.0.0.1:9",
      AUTH_SECRET: "short-secret-9f1",
      AUTH_DATA_DIR: ".data/e2e-startup-auth",
    },
    "0.0.0.0",
  );
  await expectRefusal(server);
  expect(server.output()).toContain("Ledger Desk cannot start");
  expect(server.output()).toContain("AUTH_SECRET");
  expect(server.output()).toContain("at least 32 characters");
  expect(server.output()).not.toContain("short-secret-9f1");
});

test("ADMIN_EMAIL without AUTH_SECRET stops the dashboard at start-up, even on a loopback address", async () => {
  const server = startDashboard({
    BLNK_URL: "http://127.0.0.1:9",
    ADMIN_EMAIL: "admin@example.com",
    ADMIN_PASSWORD: "a long enough password",
  });
  await expectRefusal(server);
  expect(server.output()).toContain("Ledger Desk cannot start");
  expect(server.output()).toContain("AUTH_SECRET is required");
});
