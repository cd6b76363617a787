import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import { createBalance, createIdentity, createLedger, transfer, uniqueCurrency } from "./support/ledger-api";
import { type Fault, type LedgerProxy, startLedgerProxy } from "./support/proxy";

// A fault-injecting proxy sits between the "recovering" dashboard and the ledger. For every fault each page
// shows a readable error state (never a blank page or the generic "Something went wrong"), and "Try again"
// brings its content back once the faults stop. The dashboard process stays up throughout.

test.use({ baseURL: E2E.recoveringAppUrl });
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const ledgerName = `Fault Ledger ${run}`;
const identityName = { first: "Faye", last: `Proxy${run.replace(/\d/g, "")}` };
const fullName = `${identityName.first} ${identityName.last}`;
const currency = uniqueCurrency("FLT");
let balanceId = "";
let identityId = "";
let ledgerId = "";
let proxy: LedgerProxy;

test.beforeAll(async () => {
  ledgerId = await createLedger(ledgerName);
  identityId = await createIdentity({
    identity_type: "individual",
    first_name: identityName.first,
    last_name: identityName.last,
  });
  balanceId = await createBalance({ ledgerId, currency, identityId });
  await transfer({ source: "@World", destination: balanceId, amount: 1234n, currency, allowOverdraft: true });
  proxy = await startLedgerProxy();
});

test.afterAll(async () => {
  await proxy?.close();
});

const main = (page: Page) => page.getByRole("main");

/** Each page, and what only its normal (non-error) content shows. */
const PAGES: { name: string; path: () => string; content: (page: Page) => ReturnType<Page["getByRole"]> }[] =
  [
    { name: "balances", path: () => "/balances", content: (p) => p.getByRole("table", { name: "Balances" }) },
    {
      name: "balance",
      path: () => `/balances/${balanceId}`,
      content: (p) => p.getByRole("table", { name: "Recent transactions" }),
    },
    {
      name: "balance transactions",
      path: () => `/balances/${balanceId}/transactions`,
      content: (p) => p.getByRole("table", { name: "Transactions" }),
    },
    {
      name: "identities",
      path: () => "/identities",
      content: (p) => p.getByRole("table", { name: "Identities" }),
    },
    {
      name: "identity",
      path: () => `/identities/${identityId}`,
      content: (p) => p.getByRole("heading", { level: 1, name: fullName }),
    },
    { name: "ledgers", path: () => "/ledgers", content: (p) => p.getByRole("table", { name: "Ledgers" }) },
    {
      name: "ledger",
      path: () => `/ledgers/${ledgerId}`,
      content: (p) => p.getByRole("heading", { level: 1, name: ledgerName }),
    },
    {
      name: "embedded identity",
      path: () => `/embed/identities/${identityId}`,
      content: (p) => p.getByRole("heading", { level: 1, name: fullName }),
    },
  ];

/** What the error state says for each fault: its title and a phrase of the explanation. */
const FAULTS: { label: string; fault: Fault; title: string; says: RegExp; pages: string[] }[] = [
  {
    label: "connection reset",
    fault: { mode: "reset" },
    title: "Cannot reach Blnk",
    says: /was closed before it answered/,
    pages: PAGES.map((p) => p.name),
  },
  {
    label: "500 with a Core JSON error",
    fault: { mode: "status500" },
    title: "Blnk failed",
    says: /internal error \(HTTP 500\)/,
    pages: PAGES.map((p) => p.name),
  },
  {
    label: "body cut off mid-way",
    fault: { mode: "truncate" },
    title: "Blnk sent an unexpected response",
    says: /could not read: it was cut off/,
    pages: PAGES.map((p) => p.name),
  },
  {
    label: "500 with a plain-text body",
    fault: { mode: "status500", body: "text" },
    title: "Blnk failed",
    says: /internal error \(HTTP 500\)/,
    pages: ["balances", "identity"],
  },
  {
    label: "malformed JSON",
    fault: { mode: "malformed" },
    title: "Blnk sent an unexpected response",
    says: /could not read/,
    pages: ["balance", "ledger"],
  },
  {
    // Each costs the dashboard's full 5 s timeout, so one page stands for all.
    label: "no answer within the timeout",
    fault: { mode: "delay" },
    title: "Blnk is not answering",
    says: /did not answer within 5 s/,
    pages: ["balance transactions"],
  },
];

/** A readable Blnk error state in the page, not Next's generic error boundary; returns its Try again button. */
async function expectErrorState(page: Page, title: string, says: RegExp) {
  const alert = main(page).getByRole("alert").filter({ hasText: title });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(says);
  await expect(main(page)).not.toContainText("Something went wrong");
  const retry = alert.getByRole("button", { name: "Try again" });
  await expect(retry).toBeEnabled();
  return retry;
}

for (const { label, fault, title, says, pages } of FAULTS) {
  test(`${label}: every page explains it, and Try again recovers once Blnk is healthy`, async ({ page }) => {
    for (const name of pages) {
      const target = PAGES.find((p) => p.name === name);
      if (!target) throw new Error(`unknown page ${name}`);
      await test.step(name, async () => {
        proxy.setFault(fault);
        const response = await page.goto(target.path());
        expect(response?.status(), "the page itself answers").toBe(200);
        const retry = await expectErrorState(page, title, says);

        proxy.setFault("pass");
        await retry.click();
        await expect(target.content(page)).toBeVisible();
        await expect(main(page).getByRole("alert")).toHaveCount(0);
      });
    }
  });
}

test("Refresh on /balances reports a failure inline, keeps the rows, and recovers", async ({ page }) => {
  proxy.setFault("pass");
  await page.goto("/balances");
  const table = page.getByRole("table", { name: "Balances" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  const refresh = page.getByRole("button", { name: "Refresh" });

  for (const fault of [{ mode: "status500" }, { mode: "truncate" }] as const) {
    proxy.setFault(fault);
    await refresh.click();
    const alert = main(page).getByRole("alert").filter({ hasText: "Could not refresh" });
    await expect(alert).toContainText(fault.mode === "truncate" ? /could not read/ : /HTTP 500/);
    await expect(table.getByRole("row").nth(1)).toBeVisible();

    proxy.setFault("pass");
    await refresh.click();
    await expect(alert).toHaveCount(0);
    await expect(refresh).toBeEnabled();
  }
});

test("the balance summary panel explains a failure and Try again loads it", async ({ page }) => {
  proxy.setFault("pass");
  await page.goto(`/ledgers/${ledgerId}`);
  const row = page.getByRole("table", { name: "Balances" }).getByRole("row").nth(1);
  await expect(row).toContainText(currency);

  proxy.setFault("reset");
  await row.click();
  const summary = page.getByRole("dialog", { name: "Balance summary" });
  const alert = summary.getByRole("alert").filter({ hasText: "Cannot reach Blnk" });
  await expect(alert).toContainText(/was closed before it answered/);

  proxy.setFault("pass");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(summary.getByText(balanceId, { exact: true })).toBeVisible();
  await expect(summary.getByRole("alert")).toHaveCount(0);
});

test("a failed search in the create-balance sheet says why, and Try again finds the ledger", async ({
  page,
}) => {
  proxy.setFault("pass");
  await page.goto("/balances");
  await page.getByRole("button", { name: "Create balance" }).first().click();
  const sheet = page.getByRole("dialog", { name: "Create balance" });
  const ledger = sheet.getByRole("combobox", { name: "Ledger" });
  // The sheet moves focus to Ledger as it opens; typing before that would lose focus (and the list) to it.
  await expect(ledger).toBeFocused();

  // The ledgers are held in the browser once loaded; a ledger made after that is asked of the server.
  await ledger.fill(ledgerName);
  await expect(page.getByRole("option", { name: new RegExp(ledgerName) })).toBeVisible();
  const lateName = `Late ${ledgerName}`;
  await createLedger(lateName);

  proxy.setFault({ mode: "status500", body: "text" });
  await ledger.fill(lateName);
  const alert = sheet.getByRole("alert").filter({ hasText: "Search failed" });
  await expect(alert).toContainText(/internal error \(HTTP 500\)/);

  proxy.setFault("pass");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("option", { name: new RegExp(lateName) })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test("after every fault the dashboard is still up and serving, logged each failure, and left nothing unhandled", async ({
  request,
}) => {
  proxy.setFault("pass");
  const response = await request.get("/balances");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Balances");

  const log = readFileSync(E2E.recoveringStderrLog, "utf8");
  const events = log.split("\n").flatMap((line) => {
    try {
      return [(JSON.parse(line) as { event?: string }).event];
    } catch {
      return [];
    }
  });
  expect(events).toContain("blnk_call_failed");
  expect(events).not.toContain("unhandled_rejection");
  expect(events).not.toContain("uncaught_exception");
  expect(log).not.toContain(E2E.apiKey);
});
