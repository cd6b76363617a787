import { spawnSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import { freshDataDir, ownServer } from "./support/own-server";
import { signIn } from "./support/sign-in";

// Saved views on a sign-in dashboard of its own (its own app database on disk), so it can be restarted: a view
// is stored per person on the server, survives the restart, is not listed for anyone else, and its link opens
// it for anyone who may see the page.
test.describe.configure({ timeout: 180_000 });

const port = E2E.savedViewsAppPort;
const url = `http://127.0.0.1:${port}`;
const dataDir = `.data/e2e-views-${port}`;
const log = `.data/e2e-views-${port}.log`;

const env = (): NodeJS.ProcessEnv => {
  const vars: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    HOSTNAME: "127.0.0.1",
    BLNK_URL: E2E.filtersLedgerUrl,
    BLNK_API_KEY: E2E.apiKey,
    AUTH_SECRET: E2E.authSecret,
    AUTH_DATA_DIR: dataDir,
    ADMIN_EMAIL: E2E.accounts.admin.email,
    ADMIN_PASSWORD: E2E.accounts.admin.password,
    ADMIN_NAME: E2E.accounts.admin.name,
  };
  for (const name of ["OIDC_ISSUER", "DATABASE_URL", "AUTH_URL"]) delete vars[name];
  return vars;
};

const dashboard = ownServer({
  command: "./node_modules/.bin/next",
  args: ["start", "-H", "127.0.0.1", "-p", String(port)],
  env,
  log,
  readyUrl: `${url}/sign-in`,
});
const start = dashboard.start;
const stop = dashboard.stop;

test.beforeAll(async () => {
  freshDataDir(dataDir);
  const added = spawnSync(
    "./node_modules/.bin/tsx",
    ["--conditions=react-server", "e2e/support/add-users.ts", "viewer"],
    { env: env(), encoding: "utf8" },
  );
  expect(added.status, added.stderr).toBe(0);
  await start();
});

test.afterAll(stop);
test.use({ baseURL: url });

const savedViews = (page: Page) => page.getByRole("navigation", { name: "Saved views" });

test("a saved view is kept per person, survives a restart, and its link opens it for others", async ({
  browser,
}) => {
  const admin = await browser.newPage({ baseURL: url });
  await signIn(admin, "admin", "/balances");
  await admin.goto("/balances?f.currency.eq=EUR");
  await admin.getByRole("button", { name: "Save as view" }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Euro desk");
  await dialog.getByLabel("Description").fill("Every EUR balance");
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(admin).toHaveURL(/view=view_/);
  const link = savedViews(admin).getByRole("link", { name: "Euro desk" });
  await expect(link).toHaveAttribute("aria-current", "page");
  const viewId = new URL(admin.url()).searchParams.get("view");

  // Edit its filters, then "Save changes": the view's bare link brings the new filters.
  await admin.getByRole("link", { name: "Internal balances" }).click();
  // A click before the page has hydrated does nothing: click until the toast says it is saved (saving the
  // same filters again changes nothing).
  const saveChanges = admin.getByRole("button", { name: "Save changes" });
  await expect(async () => {
    if (await saveChanges.isVisible()) await saveChanges.click({ timeout: 1000 });
    await expect(admin.getByText('Saved changes to "Euro desk"')).toBeVisible({ timeout: 3000 });
  }).toPass();
  await expect(saveChanges).toBeHidden();
  await admin.goto(`/balances?view=${viewId}`);
  await expect(admin.getByRole("link", { name: "Remove filter Currency is EUR" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Remove filter Indicator contains @%" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Balances" }).locator("tbody tr")).toHaveCount(1);

  // A restart of the dashboard keeps it.
  await admin.close();
  await stop();
  await start();
  const again = await browser.newPage({ baseURL: url });
  await signIn(again, "admin", "/balances");
  await expect(savedViews(again).getByRole("link", { name: "Euro desk" })).toBeVisible();

  // Another person does not see it among their views, but its link opens it.
  const viewer = await browser.newPage({ baseURL: url });
  await signIn(viewer, "viewer", "/balances");
  await expect(savedViews(viewer)).toHaveCount(0);
  await viewer.goto(`/balances?view=${viewId}`);
  await expect(viewer.getByRole("link", { name: "Remove filter Currency is EUR" })).toBeVisible();
  await viewer.goto("/balances?view=view_0000000000000000");
  await expect(viewer.getByText("That saved view no longer exists.")).toBeVisible();

  // Rename, then delete.
  await again.getByRole("link", { name: "Euro desk" }).click();
  await again.getByRole("button", { name: "View options: Euro desk" }).click();
  await again.getByRole("menuitem", { name: "Rename view" }).click();
  await again.getByRole("dialog").getByLabel("Name").fill("EUR internal");
  await again.getByRole("dialog").getByRole("button", { name: "Rename view" }).click();
  await expect(savedViews(again).getByRole("link", { name: "EUR internal" })).toBeVisible();
  await again.getByRole("button", { name: "View options: EUR internal" }).click();
  await again.getByRole("menuitem", { name: "Delete view" }).click();
  await again.getByRole("dialog").getByRole("button", { name: "Delete view" }).click();
  await expect(again).toHaveURL(/\/balances$/);
  await expect(savedViews(again)).toHaveCount(0);
});

test("a view name that is taken or too long is refused at the field, keeping what was typed", async ({
  page,
}) => {
  await signIn(page, "admin", "/balances");
  // The same name and filters twice is one view (a double click); the same name for other filters is refused.
  for (const [query, name] of [
    ["f.currency.eq=USD", "Dollars"],
    ["f.currency.eq=USD", "Dollars"],
    ["f.currency.eq=EUR", "dollars"],
  ]) {
    await page.goto(`/balances?${query}`);
    await page.getByRole("button", { name: "Save as view" }).click();
    await page
      .getByRole("dialog")
      .getByLabel("Name")
      .fill(name ?? "");
    await page.getByRole("dialog").getByRole("button", { name: "Save view" }).click();
    if (name === "Dollars") await expect(page.getByRole("dialog")).toBeHidden();
  }
  await expect(page.getByRole("dialog").getByRole("alert").first()).toBeVisible();
  await expect(page.getByRole("dialog").getByLabel("Name")).toHaveValue("dollars");
  await page.getByRole("dialog").getByLabel("Name").fill("x".repeat(10_000));
  await page.getByRole("dialog").getByRole("button", { name: "Save view" }).click();
  await expect(page.getByRole("dialog").getByRole("alert").first()).toBeVisible();
  // The modal dialog hides the page from the accessibility tree: close it before counting the views.
  await page.keyboard.press("Escape");
  await expect(savedViews(page).getByRole("link")).toHaveCount(1);
});
