import { expect, type Page, test } from "@playwright/test";
import { callAction, createBalanceForm, serverActions } from "./support/actions";
import { apiRoutes, getApi } from "./support/api-routes";
import { pressAltBUntilOpen } from "./support/create-balance";
import { E2E } from "./support/env";
import {
  countBalances,
  createBalance,
  createLedger,
  newestBalanceJson,
  transfer,
  uniqueCurrency,
} from "./support/ledger-api";
import { type OIDC_PEOPLE, startOidcProvider } from "./support/oidc-provider";
import { openAccountMenu, signIn } from "./support/sign-in";

// Sign-in, roles and sessions, on the dashboard that has sign-in configured (playwright.config.ts).
test.use({ baseURL: E2E.signInAppUrl });

const PAGES = [
  "/settings/users",
  "/balances",
  "/identities",
  "/ledgers",
  "/balances/bln_x",
  "/balances/bln_x/transactions",
  "/identities/idt_x",
  "/ledgers/ldg_x",
  "/embed/identities/idt_x",
  "/audit",
  "/transactions",
  "/transactions/txn_x",
  "/transactions/holds",
  "/",
];
const ACTIONS: Array<[string, unknown[]]> = [
  ["fetchBalancesPage", [{}]],
  ["fetchBalanceCount", [{}]],
  ["fetchBalanceSummary", ["bln_x"]],
  ["fetchBalanceActivity", [{ id: "bln_x", currency: "USD" }]],
  ["createBalanceAction", [{ ledgerId: "ldg_x", currency: "USD" }]],
  ["addUserAction", [{ email: "x@example.com", name: "X", role: "admin", password: "a long password!" }]],
  ["setUserRoleAction", [{ userId: "x", role: "admin" }]],
  ["verifyAuditChainAction", []],
  ["fetchTransactionsPage", [{ page: 1 }]],
  ["fetchTransactionCount", []],
  ["fetchTransactionParties", [["bln_x"]]],
  ["fetchTransactionSummary", ["txn_x"]],
  ["previewTransactionAction", [{ amount: "1", currency: "USD", source: "bln_x", destination: "@World" }]],
  ["createTransactionAction", [{ amount: "1", currency: "USD", source: "bln_x", destination: "@World" }]],
  ["commitTransactionAction", [{ transactionId: "txn_x", amount: "", requestId: crypto.randomUUID() }]],
  ["voidTransactionAction", [{ transactionId: "txn_x", requestId: crypto.randomUUID() }]],
  ["refundTransactionAction", [{ transactionId: "txn_x", reason: "x", requestId: crypto.randomUUID() }]],
  ["commitHoldsAction", [{ transactionIds: ["txn_x"], requestId: crypto.randomUUID() }]],
  ["voidHoldsAction", [{ transactionIds: ["txn_x"], requestId: crypto.randomUUID() }]],
  ["fetchHoldsPage", [{ from: 0 }]],
  ["createSavedView", [{ table: "balances", name: "x", filters: "" }]],
  ["saveSavedViewChanges", [{ id: "view_x", filters: "" }]],
  ["renameSavedView", [{ id: "view_x", name: "x" }]],
  ["deleteSavedView", [{ id: "view_x" }]],
  ["createLedgerAction", [{ name: "x", metadata: [], requestId: crypto.randomUUID() }]],
  [
    "editIdentityAction",
    [{ identityId: "idt_x", city: "x", previous: { city: "" }, requestId: crypto.randomUUID() }],
  ],
  [
    "createIdentityAction",
    [{ type: "organization", organizationName: "x", email: "x@example.com", requestId: crypto.randomUUID() }],
  ],
  [
    "assignBalanceIdentity",
    [{ balanceId: "bln_x", identityId: "idt_x", replaces: null, requestId: crypto.randomUUID() }],
  ],
  [
    "editMetadata",
    [
      {
        entityId: "bln_x",
        metadata: [{ key: "tier", value: "1", type: "number" }],
        previous: { tier: null },
        requestId: crypto.randomUUID(),
      },
    ],
  ],
];

test("without a session every page redirects to sign-in and every server action answers 401", async ({
  request,
}) => {
  for (const path of PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toMatch(/^\/sign-in(\?next=|$)/);
  }
  expect(new Set(ACTIONS.map(([name]) => name))).toEqual(new Set(serverActions().keys()));
  for (const [name, args] of ACTIONS) {
    const { status, body } = await callAction(request, `${E2E.signInAppUrl}/balances`, name, args);
    expect(status, name).toBe(401);
    expect(body).not.toContain("bln_");
  }
  for (const route of apiRoutes()) {
    const { status, body } = await getApi(request, E2E.signInAppUrl, route, { q: "a" });
    expect(status, route).toBe(401);
    expect(body, route).not.toMatch(/(bln|ldg|idt)_/);
  }
  // A forged or stale cookie is no session either.
  const forged = await request.get("/balances", {
    maxRedirects: 0,
    headers: { cookie: "ledger-desk.session_token=forged.value" },
  });
  expect(forged.status()).toBe(307);
});

test("local sign-in returns to the page asked for; a wrong password keeps the email and says why; sign-out ends it", async ({
  page,
}) => {
  await page.goto("/ledgers");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fledgers/);
  await page.getByLabel("Email").fill(E2E.accounts.operator.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );
  await expect(page.getByLabel("Email")).toHaveValue(E2E.accounts.operator.email);

  await page.getByLabel("Password").fill(E2E.accounts.operator.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/ledgers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ledgers" })).toBeVisible();
  // No demo banner once sign-in is on.
  await expect(page.getByRole("status", { name: "Demo mode" })).toHaveCount(0);

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "ledger-desk.session_token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(session?.expires ?? 0).toBeGreaterThan(Date.now() / 1000);

  await openAccountMenu(page, /^Account: Otto Operator, Operator$/);
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/balances");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fbalances/);
});

test("an Operator creates a balance and it records who created it", async ({ page }) => {
  await signIn(page, "operator");
  const name = `Audit Ledger ${Date.now()}`;
  await createLedger(name);
  const currency = uniqueCurrency("AUD");
  const sheet = page.getByRole("dialog", { name: "Create balance" });
  await pressAltBUntilOpen(page);
  await sheet.getByRole("combobox", { name: "Ledger" }).fill(name);
  await page.getByRole("option", { name: new RegExp(name) }).click();
  await sheet.getByLabel("Currency").fill(currency);
  await sheet.getByRole("button", { name: "Create balance" }).click();
  await expect(page).toHaveURL(/balance=bln_/);

  const stored = JSON.parse(await newestBalanceJson(currency)) as Array<{
    meta_data: Record<string, string>;
  }>;
  expect(stored[0]?.meta_data).toMatchObject({
    created_by: E2E.accounts.operator.email,
    created_via: "ledger-desk",
  });
});

test("a Viewer reads but cannot create: no create button, and a direct call of the action is refused and creates nothing", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("table", { name: "Balances" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Create balance/ })).toHaveCount(0);
  // Before hydration the key has no listener: press until the refusal shows.
  const denied = page.getByText("Creating balances needs the Operator or Admin role.", { exact: true });
  await expect(async () => {
    if ((await denied.count()) === 0) await page.keyboard.press("Alt+B");
    await expect(denied).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(page.getByRole("dialog", { name: "Create balance" })).toHaveCount(0);

  // The same request the form would send, made by hand with the Viewer's session.
  const ledgerId = await createLedger(`Viewer Ledger ${Date.now()}`);
  const currency = uniqueCurrency("VWR");
  const form = createBalanceForm({ ledgerId, currency });
  const { status } = await callAction(page.request, `${E2E.signInAppUrl}/balances`, "createBalanceAction", [
    form,
  ]);
  expect(status).toBe(403);
  // The create flow's balance search is refused; ledgers and identities may be searched (their pages show them).
  expect((await getApi(page.request, E2E.signInAppUrl, "/api/search/balances", { q: "a" })).status).toBe(403);
  for (const route of ["/api/search/ledgers", "/api/search/identities", "/api/search/ledger-directory"]) {
    expect((await getApi(page.request, E2E.signInAppUrl, route, { q: "a" })).status, route).toBe(200);
  }
  expect(await countBalances(currency)).toBe(0);
  // Reading is allowed.
  expect(
    (await callAction(page.request, `${E2E.signInAppUrl}/balances`, "fetchBalancesPage", [{}])).status,
  ).toBe(200);
});

test("a Viewer sees the Transactions area: the list, a summary and a transaction's page", async ({
  page,
}) => {
  const ledgerId = await createLedger(`Viewer Tx Ledger ${Date.now()}`);
  const [from, to] = [
    await createBalance({ ledgerId, currency: "USD" }),
    await createBalance({ ledgerId, currency: "USD" }),
  ];
  const cents = 500_000 + Math.floor(Math.random() * 400_000);
  const shown = `${Math.floor(cents / 100).toLocaleString("en-US")}.${String(cents % 100).padStart(2, "0")} USD`;
  const id = await transfer({
    source: from,
    destination: to,
    amount: BigInt(cents),
    currency: "USD",
    allowOverdraft: true,
  });
  await signIn(page, "viewer", "/transactions");
  const row = page.getByRole("table", { name: "Transactions" }).getByRole("row").filter({ hasText: shown });
  await row.getByRole("cell").first().click();
  await expect(page.getByRole("dialog", { name: "Transaction summary" })).toContainText(shown);
  await page.goto(`/transactions/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(shown);
  await expect(page.getByRole("region", { name: "Details", exact: true })).toContainText(id);
});

test("the Admin from ADMIN_EMAIL signs in as Admin", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByRole("button", { name: /^Account: Ada Admin, Admin$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Create balance/ })).toBeVisible();
});

test.describe("sessions expire", () => {
  test.use({ baseURL: E2E.expiringAppUrl });

  test("an idle session ends after AUTH_SESSION_TTL and the next page asks to sign in again", async ({
    page,
  }) => {
    await signIn(page, "viewer", "/identities");
    await expect(page.getByRole("heading", { level: 1, name: "Identities" })).toBeVisible();
    // Idle means no requests at all (each one would extend the session), so this waits out the TTL from the
    // page's last request, not from when its heading showed.
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout((E2E.sessionTtlSeconds + 1.5) * 1000);
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fidentities/);
    // A client-side refresh after expiry is refused too.
    const { status } = await callAction(page.request, `${E2E.expiringAppUrl}/balances`, "fetchBalancesPage", [
      {},
    ]);
    expect(status).toBe(401);
  });
});

test.describe("single sign-on", () => {
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  test.beforeAll(async () => {
    provider = await startOidcProvider();
  });
  test.afterAll(async () => {
    await provider.close();
  });

  async function signInWithProvider(page: Page, login: keyof typeof OIDC_PEOPLE) {
    await page.goto("/balances");
    await page.getByRole("button", { name: "Sign in with Test ID" }).click();
    // The provider's own login and consent pages.
    await expect(page).toHaveURL(new RegExp(`^${E2E.oidcIssuer}/`));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill("any");
    await page.locator('button[type="submit"]').click();
    const consent = page.getByRole("button", { name: /continue/i });
    await consent
      .or(page.getByRole("heading", { level: 1, name: "Balances" }))
      .first()
      .waitFor();
    if (await consent.isVisible()) await consent.click();
    await expect(page).toHaveURL(new RegExp(`^${E2E.signInAppUrl}/balances`));
  }

  test("OIDC sign-in lands on Balances with the role its groups claim maps to", async ({ page }) => {
    await signInWithProvider(page, "oidc-operator");
    await expect(page.getByRole("heading", { level: 1, name: "Balances" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Account: Olu Operator, Operator" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Create balance/ })).toBeVisible();
  });

  test("a person whose groups map to no role gets the default, Viewer", async ({ page }) => {
    await signInWithProvider(page, "oidc-newcomer");
    await expect(page.getByRole("button", { name: "Account: Nia Newcomer, Viewer" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Create balance/ })).toHaveCount(0);
  });

  test("single sign-ins go to the audit log: who, with their role, and a callback that made no session", async ({
    page,
    browser,
  }) => {
    await signInWithProvider(page, "oidc-operator");
    // A callback the provider did not send (no matching state) signs nobody in, and is logged as a failure.
    const forged = await page.request.get("/api/auth/callback/oidc?code=forged&state=forged", {
      maxRedirects: 0,
    });
    expect(forged.status()).toBeLessThan(500);

    const admin = await browser.newPage({ baseURL: E2E.signInAppUrl });
    await signIn(admin, "admin");
    const entries = (await (await admin.request.get("/audit/export?format=jsonl")).text())
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, string | null>);
    const signIns = entries.filter(
      (entry) => entry.action === "auth.sign_in" && entry.actor_email === "oidc.operator@example.com",
    );
    expect(signIns.at(-1)).toMatchObject({ actor_role: "operator", outcome: "ok", record_type: "user" });
    expect(signIns.at(-1)?.request).toContain('"method":"sso"');
    const failed = entries.filter(
      (entry) => entry.action === "auth.sign_in_failed" && entry.outcome === "sso_failed",
    );
    expect(failed.length).toBeGreaterThan(0);
    await admin.close();
  });
});

test.describe("user management", () => {
  test("an Admin adds a user and changes their role; the new person signs in with it", async ({
    page,
    browser,
  }) => {
    await signIn(page, "admin");
    await expect(page.getByRole("complementary").getByRole("link", { name: "Connection" })).toBeVisible();
    await openAccountMenu(page, /^Account: Ada Admin/);
    await page.getByRole("menuitem", { name: "Users" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    const table = page.getByRole("table", { name: "Users" });
    await expect(table.getByRole("row", { name: /viewer@example\.com/ })).toBeVisible();
    // Admins cannot demote themselves.
    await expect(page.getByRole("combobox", { name: `Role of ${E2E.accounts.admin.email}` })).toBeDisabled();

    const email = `new.${Date.now()}@example.com`;
    await page.getByRole("button", { name: "Add user" }).click();
    const dialog = page.getByRole("dialog", { name: "Add user" });
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByLabel("Name").fill("Nora New");
    await dialog.getByLabel("First password").fill("too short");
    await dialog.getByRole("button", { name: "Add user" }).click();
    await expect(dialog.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(dialog.getByLabel("Email")).toHaveValue(email);
    await dialog.getByLabel("First password").fill("a first password");
    await dialog.getByRole("button", { name: "Add user" }).click();
    await expect(dialog).toBeHidden();
    const role = page.getByRole("combobox", { name: `Role of ${email}` });
    await expect(role).toHaveValue("viewer");
    await role.selectOption("operator");
    await expect(page.getByText(`${email} is now Operator`, { exact: true })).toBeVisible();

    const other = await browser.newContext({ baseURL: E2E.signInAppUrl });
    const them = await other.newPage();
    await them.goto("/balances");
    await them.getByLabel("Email").fill(email);
    await them.getByLabel("Password").fill("a first password");
    await them.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(them.getByRole("button", { name: "Account: Nora New, Operator" })).toBeVisible();
    await other.close();
  });

  test("only Admins manage users: the page is refused and direct action calls get 403", async ({ page }) => {
    await signIn(page, "operator");
    await openAccountMenu(page, /^Account: Otto Operator/);
    await expect(page.getByRole("menuitem", { name: "Users" })).toHaveCount(0);
    await page.keyboard.press("Escape");
    // Nor is Settings → Connection linked for them (the sidebar is there, with its sections).
    await expect(page.getByRole("complementary").getByRole("link", { name: "Balances" })).toBeVisible();
    await expect(page.getByRole("complementary").getByRole("link", { name: "Connection" })).toHaveCount(0);
    const response = await page.goto("/settings/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();

    const url = `${E2E.signInAppUrl}/settings/users`;
    const add = await callAction(page.request, url, "addUserAction", [
      { email: "sneaky@example.com", name: "Sneaky", role: "admin", password: "a long password!" },
    ]);
    expect(add.status).toBe(403);
    const promote = await callAction(page.request, url, "setUserRoleAction", [
      { userId: "any", role: "admin" },
    ]);
    expect(promote.status).toBe(403);
  });
});
