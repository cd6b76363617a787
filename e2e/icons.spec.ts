import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import { expectSecurityHeaders } from "./support/security-headers";

// Issue 13: "`public/` with the app icon and favicon; today `/favicon.ico` is a 404 on every page."

/** The hrefs of the page's `<link rel="icon">` elements, resolved against the page. */
function iconLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.head.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((link) => link.href),
  );
}

async function expectImage(request: APIRequestContext, url: string, type: RegExp) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(type);
  expect((await response.body()).length, url).toBeGreaterThan(0);
  expectSecurityHeaders(response.headers(), url);
}

const ICO = /^image\/(x-icon|vnd\.microsoft\.icon)/;
const SVG = /^image\/svg\+xml/;

test("the dashboard has a favicon, and every icon its pages link to exists", async ({ page, request }) => {
  await expectImage(request, `${E2E.appUrl}/favicon.ico`, ICO);
  const ico = await (await request.get(`${E2E.appUrl}/favicon.ico`)).body();
  expect([...ico.subarray(0, 4)], "an ICO file's header").toEqual([0, 0, 1, 0]);

  await page.goto("/balances");
  await expect(page.getByRole("heading", { name: "Balances", level: 1 })).toBeVisible();
  const links = await iconLinks(page);
  expect(links.map((href) => new URL(href).pathname).sort()).toEqual(["/favicon.ico", "/icon.svg"]);
  for (const href of links) await expectImage(request, href, /^image\//);
  await expectImage(request, `${E2E.appUrl}/icon.svg`, SVG);
});

test("with sign-in on, the icons are served without a session and the sign-in page links them", async ({
  page,
  request,
}) => {
  await expectImage(request, `${E2E.signInAppUrl}/favicon.ico`, ICO);
  await expectImage(request, `${E2E.signInAppUrl}/icon.svg`, SVG);
  // Everything else still asks for a session.
  expect((await request.get(`${E2E.signInAppUrl}/balances`, { maxRedirects: 0 })).status()).toBe(307);

  await page.goto(`${E2E.signInAppUrl}/sign-in`);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  const links = await iconLinks(page);
  expect(links.map((href) => new URL(href).pathname).sort()).toEqual(["/favicon.ico", "/icon.svg"]);
});
