import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

function startDashboard(env: Record<string, string>) {
  const child = spawn("./node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", "3190"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
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
