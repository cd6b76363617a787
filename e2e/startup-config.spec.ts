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

/**
 * What a dashboard started with `env` (on `host`) printed before it refused to start. Its BLNK_URL is a port
 * where nothing listens, unless `env` names one.
 */
async function refusedStartOutput(env: Record<string, string>, host?: string): Promise<string> {
  const server = startDashboard({ BLNK_URL: "http://127.0.0.1:9", ...env }, host);
  await expectRefusal(server);
  return server.output();
}

/** The refusal says Ledger Desk cannot start, and names each of `mentions`. */
function expectCannotStart(output: string, ...mentions: string[]) {
  expect(output).toContain("Ledger Desk cannot start");
  for (const mention of mentions) expect(output).toContain(mention);
}

test("a bad BLNK_URL stops the dashboard at start-up with a message naming it", async () => {
  const output = await refusedStartOutput({
    BLNK_URL: "localhost-without-scheme",
    BLNK_API_KEY: "start-secret-42",
  });
  expectCannotStart(output, "BLNK_URL");
  expect(output).not.toContain("start-secret-42");
});

test("a bad CURRENCY_PRECISION stops the dashboard at start-up with the bad entry", async () => {
  const output = await refusedStartOutput({ CURRENCY_PRECISION: "USD=100,POINTS=7" });
  expect(output).toContain("CURRENCY_PRECISION");
  expect(output).toContain("POINTS=7");
});

test("a bad EMBED_ALLOWED_ORIGINS stops the dashboard at start-up with the bad entry", async () => {
  const output = await refusedStartOutput({ EMBED_ALLOWED_ORIGINS: "crm.example.com/customers" });
  expect(output).toContain('EMBED_ALLOWED_ORIGINS: "crm.example.com/customers"');
});

test("without sign-in configured, a non-loopback address stops the dashboard at start-up and says why", async () => {
  const output = await refusedStartOutput({ BLNK_API_KEY: "start-secret-42" }, "0.0.0.0");
  expectCannotStart(output, "AUTH_SECRET", "not a loopback address", "0.0.0.0");
  expect(output).not.toContain("start-secret-42");
});

test("a too-short AUTH_SECRET stops the dashboard at start-up, naming it but not echoing it", async () => {
  const output = await refusedStartOutput(
    { AUTH_SECRET: "short-secret-9f1", AUTH_DATA_DIR: ".data/e2e-startup-auth" },
    "0.0.0.0",
  );
  expectCannotStart(output, "AUTH_SECRET", "at least 32 characters");
  expect(output).not.toContain("short-secret-9f1");
});

test("ADMIN_EMAIL without AUTH_SECRET stops the dashboard at start-up, even on a loopback address", async () => {
  const output = await refusedStartOutput({
    ADMIN_EMAIL: "admin@example.com",
    ADMIN_PASSWORD: "a long enough password",
  });
  expectCannotStart(output, "AUTH_SECRET is required");
});
