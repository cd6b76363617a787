import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { callAction, createBalanceForm } from "./support/actions";
import { E2E } from "./support/env";
import { createLedger } from "./support/ledger-api";
import { startPostgres, type TestPostgres } from "./support/postgres";

// Two dashboard processes behind one load balancer share one Postgres (DATABASE_URL) and one Blnk. The same
// "Create balance" submission reaching both at the same moment must create one balance, not two.
test.describe.configure({ timeout: 180_000 });

let postgres: TestPostgres;
const dashboards: ChildProcess[] = [];

function startDashboard(port: number, databaseUrl: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    BLNK_URL: E2E.blnkUrl,
    BLNK_API_KEY: E2E.apiKey,
    DATABASE_URL: databaseUrl,
  };
  for (const name of ["AUTH_SECRET", "ADMIN_EMAIL", "ADMIN_PASSWORD", "OIDC_ISSUER", "AUTH_DATA_DIR"])
    delete env[name];
  return spawn("./node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: "ignore",
    detached: true,
  });
}

async function waitUntilUp(url: string) {
  await expect
    .poll(async () => (await fetch(url).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
      intervals: [250],
    })
    .toBe(200);
}

test.beforeAll(async () => {
  postgres = startPostgres(E2E.twinPostgresPort);
  for (const port of E2E.twinAppPorts) dashboards.push(startDashboard(port, postgres.url));
  await Promise.all(E2E.twinAppPorts.map((port) => waitUntilUp(`http://127.0.0.1:${port}/balances`)));
});

test.afterAll(async () => {
  for (const child of dashboards) {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  }
  postgres?.stop();
});

async function balancesIn(ledgerId: string): Promise<string[]> {
  const response = await fetch(`${E2E.blnkUrl}/balances/filter`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Blnk-Key": E2E.apiKey },
    body: JSON.stringify({ filters: [{ field: "ledger_id", operator: "eq", value: ledgerId }], limit: 100 }),
  });
  return [...(await response.text()).matchAll(/"balance_id":"(bln_[^"]+)"/g)].map((match) => match[1] ?? "");
}

test("the same create sent to two dashboard instances at once makes one balance, every time", async ({
  request,
}) => {
  for (let round = 1; round <= 8; round++) {
    const ledgerId = await createLedger();
    const form = createBalanceForm({ ledgerId, currency: "USD" });
    const answers = await Promise.all(
      E2E.twinAppPorts.map((port) =>
        callAction(request, `http://127.0.0.1:${port}/balances`, "createBalanceAction", [form]),
      ),
    );
    const created = await balancesIn(ledgerId);
    expect(created, `round ${round}`).toHaveLength(1);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body, `round ${round}`).toContain(`"balanceId":"${created[0]}"`);
    }
  }
});

test("20 creates at once across both instances leave one unbroken audit chain with every entry", async ({
  request,
}) => {
  const [first, second] = E2E.twinAppPorts.map((port) => `http://127.0.0.1:${port}/balances`);
  const verify = async (url: string | undefined) => {
    const { status, body } = await callAction(request, url ?? "", "verifyAuditChainAction", []);
    expect(status).toBe(200);
    const match = /"ok":(true|false),"checked":(\d+)/.exec(body);
    expect(match?.[1], body).toBe("true");
    return Number(match?.[2]);
  };
  const before = await verify(first);
  const ledgerId = await createLedger();
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      callAction(request, (i % 2 === 0 ? first : second) ?? "", "createBalanceAction", [
        createBalanceForm({ ledgerId, currency: "USD" }),
      ]),
    ),
  );
  for (const answer of answers) expect(answer.status).toBe(200);
  expect(await balancesIn(ledgerId)).toHaveLength(20);
  // Each create is two entries (sent, then its outcome), in one chain whichever instance wrote them.
  expect(await verify(second)).toBe(before + 40);
});
