import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";

// The README's run command (`npm start`) on a machine with no Blnk: the embedded ledger starts, seeds demo
// data once, and the dashboard serves it; stopping keeps the data for the next start.
const PORT = 3160;
const LEDGER_PORT = 5160;
const DATA_DIR = ".data/e2e-run-command";

function start(): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    LEDGER_PORT: String(LEDGER_PORT),
    LEDGER_DATA_DIR: DATA_DIR,
    LEDGER_SEED: "demo",
    AUTH_DATA_DIR: `${DATA_DIR}-app-db`,
  };
  delete env.BLNK_URL;
  delete env.BLNK_API_KEY;
  delete env.LEDGER_SECRET_KEY;
  return spawn("node", ["scripts/start.mjs"], { env, stdio: "ignore" });
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function isUp(url: string) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

test.describe.configure({ timeout: 240_000 });

test("npm start brings up the embedded ledger with demo data, and a restart keeps it", async ({ page }) => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const first = start();
  try {
    await expect.poll(() => isUp(`http://127.0.0.1:${PORT}/ledgers`), { timeout: 180_000 }).toBe(true);
    await page.goto(`http://127.0.0.1:${PORT}/ledgers`);
    const main = page.getByRole("main");
    await expect(main.getByRole("cell", { name: "Customer Wallets", exact: true })).toHaveCount(1);
    await expect(main.getByRole("row").nth(1)).toContainText("General Ledger");
    await page.goto(`http://127.0.0.1:${PORT}/balances`);
    await expect(main.getByRole("row")).toHaveCount(21);
  } finally {
    await stop(first);
  }
  await expect.poll(() => isUp(`http://127.0.0.1:${LEDGER_PORT}/health`)).toBe(false);

  const second = start();
  try {
    await expect.poll(() => isUp(`http://127.0.0.1:${PORT}/ledgers`), { timeout: 120_000 }).toBe(true);
    await page.goto(`http://127.0.0.1:${PORT}/ledgers`);
    // Seeded once: the second start found data and added nothing.
    await expect(
      page.getByRole("main").getByRole("cell", { name: "Customer Wallets", exact: true }),
    ).toHaveCount(1);
  } finally {
    await stop(second);
  }
});
