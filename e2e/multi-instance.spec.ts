import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { actionId, createBalanceForm } from "./support/actions";
import { E2E } from "./support/env";
import { createLedger } from "./support/ledger-api";
import { startPostgres, type TestPostgres } from "./support/postgres";
import { rawRequest } from "./support/raw-http";

// Two dashboard processes behind one load balancer, in sign-in mode, share one PostgreSQL (DATABASE_URL) and
// one Blnk: that is how Ledger Desk runs on more than one machine. Sessions, the sign-in limits, exactly-once
// creates and the audit chain must hold across them. Requests come from their own loopback addresses, as
// clients behind a balancer do, so the per-address sign-in limit of one test does not reach another.
test.describe.configure({ timeout: 180_000 });

let postgres: TestPostgres;
const dashboards: ChildProcess[] = [];
const urls = E2E.twinAppPorts.map((port) => `http://127.0.0.1:${port}`);
const [first = "", second = ""] = urls;
const { admin, operator } = E2E.accounts;

function dashboardEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    HOSTNAME: "127.0.0.1",
    BLNK_URL: E2E.blnkUrl,
    BLNK_API_KEY: E2E.apiKey,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: E2E.authSecret,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ADMIN_NAME: admin.name,
  };
  for (const name of ["OIDC_ISSUER", "AUTH_DATA_DIR", "AUTH_URL", "TRUSTED_PROXIES"]) delete env[name];
  return env;
}

async function waitUntilUp(url: string) {
  await expect
    .poll(async () => (await fetch(`${url}/sign-in`).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
      intervals: [250],
    })
    .toBe(200);
}

test.beforeAll(async () => {
  postgres = startPostgres(E2E.twinPostgresPort);
  const env = dashboardEnv(postgres.url);
  // Both start at the same moment on an empty database: each creates the tables and the Admin if missing.
  mkdirSync(".data", { recursive: true });
  const logs = E2E.twinAppPorts.map((port) => `.data/e2e-twin-${port}.log`);
  for (const [i, port] of E2E.twinAppPorts.entries()) {
    const log = openSync(logs[i] ?? "", "w");
    dashboards.push(
      spawn("./node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
        env,
        stdio: ["ignore", log, log],
        detached: true,
      }),
    );
  }
  await Promise.all(urls.map(waitUntilUp)).catch((error) => {
    throw new Error(`${error}\n${logs.map((log) => readFileSync(log, "utf8")).join("\n")}`);
  });
  // The Operator, added once with the test-account command, into the shared database.
  const added = spawnSync(
    "./node_modules/.bin/tsx",
    ["--conditions=react-server", "e2e/support/add-users.ts", "operator"],
    { env, encoding: "utf8" },
  );
  expect(added.status, added.stderr).toBe(0);
  for (const child of dashboards) expect(child.exitCode, "a dashboard stopped at start-up").toBeNull();
});

test.afterAll(async () => {
  for (const child of dashboards) {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  }
  postgres?.stop();
});

let nextAddress = 1;
/** A client address no other request of this file uses: 127.0.3.x, 127.0.4.x, … */
function freshAddress(): string {
  const n = nextAddress++;
  return `127.0.${3 + Math.floor(n / 250)}.${1 + (n % 250)}`;
}

function signInAt(url: string, email: string, password: string, from = freshAddress()) {
  return rawRequest(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    localAddress: from,
    headers: { "Content-Type": "application/json", Origin: url },
    body: JSON.stringify({ email, password }),
  });
}

/** A session: the cookies a successful sign-in at `url` sets. */
async function session(url: string, who: { email: string; password: string }): Promise<string> {
  const answer = await signInAt(url, who.email, who.password);
  expect(answer.status, answer.body).toBe(200);
  return (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]).join("; ");
}

function pageAs(url: string, cookie: string) {
  return rawRequest(url, { headers: { Cookie: cookie }, localAddress: freshAddress() });
}

/** A server action called as the browser calls it, with a session's cookies, from its own address. */
async function actionAs(url: string, cookie: string, name: string, args: unknown[]) {
  return rawRequest(url, {
    method: "POST",
    localAddress: freshAddress(),
    headers: {
      Cookie: cookie,
      "Next-Action": actionId(name),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify(args),
  });
}

async function balancesIn(ledgerId: string): Promise<string[]> {
  const response = await fetch(`${E2E.blnkUrl}/balances/filter`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Blnk-Key": E2E.apiKey },
    body: JSON.stringify({ filters: [{ field: "ledger_id", operator: "eq", value: ledgerId }], limit: 100 }),
  });
  return [...(await response.text()).matchAll(/"balance_id":"(bln_[^"]+)"/g)].map((match) => match[1] ?? "");
}

async function verifiedChainLength(url: string, cookie: string): Promise<number> {
  const answer = await actionAs(`${url}/audit`, cookie, "verifyAuditChainAction", []);
  expect(answer.status).toBe(200);
  const match = /"ok":(true|false),"checked":(\d+)/.exec(answer.body);
  expect(match?.[1], answer.body).toBe("true");
  return Number(match?.[2]);
}

type Entry = { seq: number; actor_email: string | null; action: string; outcome: string; record_id: string };

async function auditEntries(url: string, cookie: string): Promise<Entry[]> {
  const answer = await pageAs(`${url}/audit/export?format=jsonl`, cookie);
  expect(answer.status, answer.body).toBe(200);
  return answer.body
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Entry);
}

test("a session made on one instance works on the other, and signing out on either ends it on both", async () => {
  const cookie = await session(first, admin);
  expect((await pageAs(`${first}/balances`, cookie)).status).toBe(200);
  expect((await pageAs(`${second}/balances`, cookie)).status).toBe(200);

  const out = await rawRequest(`${second}/api/auth/sign-out`, {
    method: "POST",
    localAddress: freshAddress(),
    headers: { Cookie: cookie, Origin: second, "Content-Type": "application/json" },
    body: "{}",
  });
  expect(out.status, out.body).toBe(200);
  for (const url of urls) {
    const answer = await pageAs(`${url}/balances`, cookie);
    expect(answer.status, url).toBe(307);
    expect(answer.headers.location, url).toContain("/sign-in");
  }
});

test("the sign-in limits count attempts made on both instances together", async () => {
  // Per account: ten wrong passwords, alternately on each instance and each from another address, lock it on both.
  const email = `shared-lock-${Date.now()}@example.com`;
  for (let attempt = 0; attempt < 10; attempt++) {
    expect((await signInAt(urls[attempt % 2] ?? "", email, "not the password")).status).toBe(401);
  }
  for (const url of urls) expect((await signInAt(url, email, "not the password")).status, url).toBe(429);

  // Per address: twenty attempts from one address, ten on each instance, use up its minute on both.
  const address = freshAddress();
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await signInAt(urls[attempt % 2] ?? "", `nobody-${attempt}@example.com`, "x", address);
    expect(answer.status).toBe(401);
  }
  for (const url of urls) {
    expect((await signInAt(url, operator.email, operator.password, address)).status, url).toBe(429);
  }
  // Another address is not affected.
  expect((await signInAt(second, operator.email, operator.password)).status).toBe(200);
});

test("the same create sent to both instances at once makes one balance, every time", async () => {
  const cookie = await session(first, operator);
  for (let round = 1; round <= 8; round++) {
    const ledgerId = await createLedger();
    const form = createBalanceForm({ ledgerId, currency: "USD" });
    const answers = await Promise.all(
      urls.map((url) => actionAs(`${url}/balances`, cookie, "createBalanceAction", [form])),
    );
    const created = await balancesIn(ledgerId);
    expect(created, `round ${round}`).toHaveLength(1);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body, `round ${round}`).toContain(`"balanceId":"${created[0]}"`);
    }
  }
});

for (const [where, targets] of [
  ["on one instance", [first]],
  ["across both instances", urls],
] as const) {
  test(`20 creates at once from 5 sessions ${where}: 20 balances, each logged under its actor, one unbroken chain`, async () => {
    // Two Admin sessions and three Operator sessions, signed in on alternate instances.
    const people = [admin, operator, admin, operator, operator];
    const sessions = await Promise.all(people.map((who, i) => session(urls[i % 2] ?? "", who)));
    const before = await verifiedChainLength(first, sessions[0] ?? "");
    const ledgerId = await createLedger();

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        actionAs(`${targets[i % targets.length]}/balances`, sessions[i % 5] ?? "", "createBalanceAction", [
          createBalanceForm({ ledgerId, currency: "USD" }),
        ]),
      ),
    );
    for (const answer of answers) expect(answer.status).toBe(200);
    const created = await balancesIn(ledgerId);
    expect(created).toHaveLength(20);

    // Each create is two entries (sent, then its outcome), in one chain whichever instance wrote them.
    expect(await verifiedChainLength(second, sessions[2] ?? "")).toBe(before + 40);
    const outcomes = (await auditEntries(second, sessions[0] ?? "")).filter(
      (entry) =>
        entry.action === "balance.create" && entry.outcome === "ok" && created.includes(entry.record_id),
    );
    expect(outcomes).toHaveLength(20);
    // Sessions 0 and 2 (Admins) made creates 0, 2, 5, 7, 10, 12, 15, 17; the Operator's sessions the other 12.
    expect(outcomes.filter((entry) => entry.actor_email === admin.email)).toHaveLength(8);
    expect(outcomes.filter((entry) => entry.actor_email === operator.email)).toHaveLength(12);
  });
}
