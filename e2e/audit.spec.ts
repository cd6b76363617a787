import { createHash } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { callAction, createBalanceForm } from "./support/actions";
import { getApi } from "./support/api-routes";
import { pickLedger, pressAltBUntilOpen, submitCurrency } from "./support/create-balance";
import { E2E } from "./support/env";
import { countBalances, createLedger, uniqueCurrency } from "./support/ledger-api";
import { signIn } from "./support/sign-in";

// Issue 15: the audit log, on the sign-in dashboard. Admins and Auditors read it; an Auditor writes nothing.
test.use({ baseURL: E2E.signInAppUrl });

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function as(browser: Browser, who: keyof typeof E2E.accounts, path = "/balances"): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.signInAppUrl });
  const page = await context.newPage();
  await signIn(page, who, path);
  return page;
}

const rows = (page: Page) => page.getByRole("table", { name: "Audit log" }).getByRole("row");

test("a balance create, a role change and a failed sign-in each appear with their actor, action and record", async ({
  browser,
  page,
}) => {
  // An Operator creates a balance.
  const operator = await as(browser, "operator");
  const ledgerName = `Audited ${run}`;
  await createLedger(ledgerName);
  await pressAltBUntilOpen(operator);
  await pickLedger(operator, ledgerName);
  await submitCurrency(operator, uniqueCurrency("AUT"));
  await expect(operator).toHaveURL(/balance=bln_/);
  const balanceId = new URL(operator.url()).searchParams.get("balance") ?? "";

  // An Admin adds someone and changes their role on the Users page.
  const admin = await as(browser, "admin", "/settings/users");
  const email = `audited-${run}@example.com`;
  const added = await callAction(admin.request, `${E2E.signInAppUrl}/settings/users`, "addUserAction", [
    { email, name: "Audited Person", role: "viewer", password: "a long password for audit" },
  ]);
  expect(added.status).toBe(200);
  await admin.reload();
  await admin.getByRole("combobox", { name: `Role of ${email}` }).selectOption("operator");
  await expect(admin.getByText(`${email} is now Operator`).first()).toBeVisible();

  // Someone fails to sign in.
  const stranger = `nobody-${run}@example.com`;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(stranger);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert")).toBeVisible();

  // An Auditor finds all three.
  const auditor = await as(browser, "auditor", "/audit");
  await auditor.goto(`/audit?record=${balanceId}`);
  await expect(rows(auditor)).toHaveCount(2);
  await expect(rows(auditor).nth(1)).toContainText("Create balance");
  await expect(rows(auditor).nth(1)).toContainText(E2E.accounts.operator.email);
  await expect(rows(auditor).nth(1)).toContainText(/OK \(for #\d+\)/);
  await expect(rows(auditor).nth(1).getByRole("link", { name: balanceId })).toHaveAttribute(
    "href",
    `/balances/${balanceId}`,
  );

  await auditor.goto(`/audit?action=user.role_change&who=${E2E.accounts.admin.email}`);
  const change = rows(auditor).filter({ hasText: "Sent" }).first();
  await expect(change).toContainText("Change role");
  await expect(change).toContainText(E2E.accounts.admin.email);
  await change.getByText("Request").click();
  await expect(change).toContainText('"role":"operator"');

  await auditor.goto(`/audit?action=auth.sign_in_failed&who=${stranger}`);
  await expect(rows(auditor)).toHaveCount(2);
  await expect(rows(auditor).nth(1)).toContainText("Failed sign-in");
  await expect(rows(auditor).nth(1)).toContainText("invalid_credentials");
  await expect(rows(auditor).nth(1)).toContainText("127.0.0.1");

  // Export what the page shows: the file and its manifest describe the same bytes.
  const csvHref = (await auditor.getByRole("link", { name: "CSV", exact: true }).getAttribute("href")) ?? "";
  const manifestHref =
    (await auditor.getByRole("link", { name: "(manifest)" }).first().getAttribute("href")) ?? "";
  const csv = await (await auditor.request.get(csvHref)).text();
  const manifest = (await (await auditor.request.get(manifestHref)).json()) as {
    rows: number;
    sha256: string;
  };
  expect(csv.trimEnd().split("\r\n")).toHaveLength(2);
  expect(csv).toContain(stranger);
  expect(manifest.rows).toBe(1);
  expect(manifest.sha256).toBe(createHash("sha256").update(csv).digest("hex"));
  expect((await operator.request.get(csvHref)).status()).toBe(403);

  await auditor.getByRole("button", { name: "Verify chain" }).click();
  await expect(auditor.getByRole("status")).toContainText(
    /^Chain verified: all [\d,]+ entries are intact\.$/,
  );
  // No entry holds the Blnk key, a password or a session token, in any column (the export has them all).
  const everything = await (await auditor.request.get("/audit/export?format=jsonl")).text();
  expect(everything).toContain(balanceId);
  const sessions = await Promise.all(
    [operator, admin, auditor].map(async (opened) =>
      (await opened.context().cookies())
        .filter((cookie) => cookie.name.includes("session"))
        .map((c) => c.value),
    ),
  );
  const secrets = [
    E2E.apiKey,
    "a long password for audit",
    "not the password at all",
    ...Object.values(E2E.accounts).map((account) => account.password),
    ...sessions.flat().flatMap((value) => [value, value.split(".")[0] ?? value]),
  ];
  for (const secret of secrets) expect(everything, "a secret in the audit log").not.toContain(secret);
  for (const opened of [operator, admin, auditor]) await opened.context().close();
});

test("an Operator cannot open the audit log; an Auditor reads every page, sees no write control, and every write is refused", async ({
  browser,
}) => {
  const operator = await as(browser, "operator");
  expect((await operator.goto("/audit"))?.status()).toBe(403);
  await expect(operator.getByRole("complementary").getByRole("link", { name: "Audit log" })).toHaveCount(0);

  const auditor = await as(browser, "auditor");
  await expect(auditor.getByRole("table", { name: "Balances" })).toBeVisible();
  await expect(auditor.getByRole("button", { name: /Create balance/ })).toHaveCount(0);
  await auditor.getByRole("complementary").getByRole("link", { name: "Audit log" }).click();
  await expect(auditor.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await auditor.goto("/settings/users");
  await expect(auditor.getByRole("table", { name: "Users" })).toContainText(E2E.accounts.viewer.email);
  await expect(auditor.getByRole("button", { name: /Add user/ })).toHaveCount(0);
  await expect(auditor.getByRole("combobox")).toHaveCount(0);
  expect((await auditor.goto("/settings/connection"))?.status()).toBe(200);

  // Each write called by hand on the page that offers it (one the Auditor may open).
  const balances = `${E2E.signInAppUrl}/balances`;
  const users = `${E2E.signInAppUrl}/settings/users`;
  const ledgerId = await createLedger(`Auditor ${run}`);
  const currency = uniqueCurrency("ADT");
  const email = `x-${run}@example.com`;
  const writes: Array<[string, string, unknown[]]> = [
    [balances, "createBalanceAction", [createBalanceForm({ ledgerId, currency })]],
    [users, "addUserAction", [{ email, name: "X", role: "admin", password: "a long password!" }]],
    [users, "setUserRoleAction", [{ userId: "x", role: "admin" }]],
  ];
  for (const [url, name, args] of writes) {
    const { status, body } = await callAction(auditor.request, url, name, args);
    expect(status, `${name}: ${body.slice(0, 800)}`).toBe(403);
  }
  expect((await getApi(auditor.request, E2E.signInAppUrl, "/api/search/balances", { q: "a" })).status).toBe(
    403,
  );
  expect(await countBalances(currency)).toBe(0);
  await auditor.goto("/settings/users");
  await expect(auditor.getByRole("table", { name: "Users" })).toContainText(E2E.accounts.viewer.email);
  await expect(auditor.getByRole("table", { name: "Users" })).not.toContainText(email);
  // Reading is allowed: the same session may verify the chain.
  expect((await callAction(auditor.request, users, "verifyAuditChainAction", [])).status).toBe(200);
  for (const opened of [operator, auditor]) await opened.context().close();
});
