import { type APIRequestContext, type APIResponse, expect, type Page, test } from "@playwright/test";
import { actionId } from "./support/actions";
import { E2E } from "./support/env";
import { createRouteFixtures, dashboardRoutes, NOT_FOUND_ROUTES, type RouteFixtures } from "./support/routes";
import { expectSecurityHeaders, recordCspViolations, scriptTags } from "./support/security-headers";

// Issue acceptance: "Security headers on every response: a Content-Security-Policy without unsafe-eval (nonces
// where scripts need them), frame-ancestors as in the embed issue, X-Content-Type-Options, Referrer-Policy."

let fixtures: RouteFixtures;
test.beforeAll(async () => {
  fixtures = await createRouteFixtures("Headers");
});

function get(url: string, request: APIRequestContext) {
  return request.get(url, { maxRedirects: 0 });
}

/** The same POST the browser sends for a server action, returning the whole response (headers included). */
function postAction(request: APIRequestContext, baseUrl: string, name: string, args: unknown[]) {
  return request.post(`${baseUrl}/balances`, {
    headers: {
      "Next-Action": actionId(name),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

test("every page, redirect, not-found, action reply and auth reply carries the security headers", async ({
  request,
}) => {
  const checked: string[] = [];
  const check = (response: APIResponse, label: string, status?: number) => {
    if (status !== undefined) expect(response.status(), label).toBe(status);
    expectSecurityHeaders(response.headers(), `${label} (${response.status()})`);
    checked.push(label);
  };

  // The demo dashboard: every page, the redirect from /, unknown addresses, an action reply, the auth API.
  for (const route of dashboardRoutes(fixtures))
    check(await get(`${E2E.appUrl}${route}`, request), route, 200);
  check(await get(`${E2E.appUrl}/`, request), "/ (redirect)", 307);
  check(await get(`${E2E.appUrl}/sign-in`, request), "/sign-in in demo mode (redirect)", 307);
  for (const route of NOT_FOUND_ROUTES) check(await get(`${E2E.appUrl}${route}`, request), route, 404);
  check(await postAction(request, E2E.appUrl, "fetchBalancesPage", [{}]), "fetchBalancesPage reply", 200);
  check(
    await postAction(request, E2E.appUrl, "fetchBalanceSummary", [42]),
    "fetchBalanceSummary reply (invalid input)",
    200,
  );
  check(await get(`${E2E.appUrl}/api/auth/get-session`, request), "/api/auth in demo mode", 404);

  // The dashboard whose Blnk is unreachable: the error states.
  for (const route of ["/balances", `/balances/${fixtures.balanceId}`, "/identities", "/ledgers"]) {
    check(await get(`${E2E.unreachableAppUrl}${route}`, request), `${route} (Blnk unreachable)`);
  }

  // The sign-in dashboard: the sign-in page, the gate's refusals, and the sign-in library's replies.
  check(await get(`${E2E.signInAppUrl}/sign-in`, request), "/sign-in", 200);
  check(await get(`${E2E.signInAppUrl}/sign-in?next=%2Fledgers`, request), "/sign-in?next=", 200);
  check(await get(`${E2E.signInAppUrl}/balances`, request), "/balances without a session (redirect)", 307);
  check(
    await get(`${E2E.signInAppUrl}/no-such-page`, request),
    "unknown page without a session (redirect)",
    307,
  );
  check(
    await postAction(request, E2E.signInAppUrl, "fetchBalancesPage", [{}]),
    "action without a session",
    401,
  );
  check(await get(`${E2E.signInAppUrl}/api/auth/get-session`, request), "/api/auth/get-session", 200);
  check(
    await request.post(`${E2E.signInAppUrl}/api/auth/sign-in/email`, {
      headers: { Origin: E2E.signInAppUrl },
      data: { email: "nobody@example.com", password: "not the password at all" },
    }),
    "/api/auth/sign-in/email (wrong password)",
  );
  expect(checked.length).toBeGreaterThan(20);
});

test("scripts are served with nosniff", async ({ request }) => {
  const html = await (await request.get(`${E2E.appUrl}/balances`)).text();
  const sources = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gi)].map((match) => match[1] ?? "");
  expect(sources.length).toBeGreaterThan(0);
  for (const src of sources.slice(0, 5)) {
    const response = await request.get(new URL(src, E2E.appUrl).toString());
    expect(response.status(), src).toBe(200);
    expect(response.headers()["x-content-type-options"], src).toBe("nosniff");
  }
});

test("the nonce is fresh for every response and every served <script> carries it", async ({ request }) => {
  const pages = [
    ...[...dashboardRoutes(fixtures), ...NOT_FOUND_ROUTES].map((route) => `${E2E.appUrl}${route}`),
    `${E2E.unreachableAppUrl}/balances`,
    `${E2E.signInAppUrl}/sign-in`,
  ];
  const nonces = new Set<string>();
  for (const url of pages) {
    const response = await request.get(url);
    const nonce = expectSecurityHeaders(response.headers(), url);
    expect(nonces.has(nonce), `${url}: nonce reused`).toBe(false);
    nonces.add(nonce);
    const scripts = scriptTags(await response.text());
    expect(scripts.length, `${url}: scripts`).toBeGreaterThan(0);
    for (const script of scripts) expect(script.nonce, `${url}: ${script.tag}`).toBe(nonce);
  }
  // The same page loaded twice gets two nonces.
  const first = expectSecurityHeaders((await request.get(`${E2E.appUrl}/balances`)).headers(), "first load");
  const second = expectSecurityHeaders(
    (await request.get(`${E2E.appUrl}/balances`)).headers(),
    "second load",
  );
  expect(second).not.toBe(first);
});

/** Loads a page in Chromium and returns the CSP violations it reported (events and console messages). */
async function loadWatchingCsp(page: Page, url: string) {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) console.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy|unsafe-eval/i.test(error.message)) console.push(error.message);
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  return async () => {
    const events = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ["not recorded"],
    );
    return [...events, ...console];
  };
}

/** Whether React hydrated the page (it attaches its fiber to the DOM nodes it owns). */
function hydrated(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("main") ?? document.body;
    return Object.keys(root).some((key) => key.startsWith("__react"));
  });
}

test.describe("in Chromium, no page trips the policy and every page hydrates", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(recordCspViolations);
  });

  test("the dashboard pages: no violation, and ? opens the Keyboard shortcuts help", async ({ page }) => {
    test.setTimeout(90_000);
    const routes = dashboardRoutes(fixtures).filter((route) => !route.startsWith("/embed/"));
    for (const route of routes) {
      const violations = await loadWatchingCsp(page, `${E2E.appUrl}${route}`);
      await expect.poll(() => hydrated(page), route).toBe(true);
      await page.locator("body").press("Shift+Slash");
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(help, route).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(help, route).toBeHidden();
      expect(await violations(), route).toEqual([]);
    }
  });

  test("the embedded identity page: no violation, and Alt+B opens Create balance", async ({ page }) => {
    const route = `/embed/identities/${fixtures.identityId}`;
    const violations = await loadWatchingCsp(page, `${E2E.appUrl}${route}`);
    await expect.poll(() => hydrated(page)).toBe(true);
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("Alt+B");
    await expect(page.getByRole("dialog", { name: "Create balance" })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test("the not-found page and the Blnk-unreachable error state: no violation, hydrated", async ({
    page,
  }) => {
    for (const url of [`${E2E.appUrl}/no-such-page`, `${E2E.unreachableAppUrl}/balances`]) {
      const violations = await loadWatchingCsp(page, url);
      await expect.poll(() => hydrated(page), url).toBe(true);
      expect(await violations(), url).toEqual([]);
    }
    // The error state's "Try again" works (a client-side refresh), so its scripts ran.
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("button", { name: "Try again" })).toBeEnabled();
  });

  test("the sign-in page: no violation, and a failed sign-in is explained without a reload", async ({
    page,
  }) => {
    const violations = await loadWatchingCsp(page, `${E2E.signInAppUrl}/sign-in`);
    await expect.poll(() => hydrated(page)).toBe(true);
    await page.getByLabel("Email").fill("nobody@example.com");
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // The client-side sign-in (not a native form post) shows the reason.
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page).toHaveURL(`${E2E.signInAppUrl}/sign-in`);
    expect(await violations()).toEqual([]);
  });
});
