import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test("the Blnk API key is in no file of the browser build", () => {
  // npm test builds with BLNK_API_KEY set to this canary; a build made without it would prove nothing.
  expect(process.env.E2E_BLNK_API_KEY, "run through `npm test`, which builds with the canary key").toBe(
    E2E.apiKey,
  );
  const staticDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static");
  expect(existsSync(staticDir)).toBe(true);
  const files = filesUnder(staticDir);
  expect(files.length).toBeGreaterThan(5);
  const leaking = files.filter((file) => readFileSync(file).includes(E2E.apiKey));
  expect(leaking).toEqual([]);
});

test("the Blnk API key is in no served page or script", async ({ page, request }) => {
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  for (const route of ["/balances", "/identities", "/ledgers"]) {
    const html = await (await request.get(route)).text();
    expect(html).not.toContain(E2E.apiKey);
    await page.goto(route);
    expect(await page.content()).not.toContain(E2E.apiKey);
  }
  expect(scripts.size).toBeGreaterThan(0);
  for (const url of scripts) {
    expect(await (await request.get(url)).text()).not.toContain(E2E.apiKey);
  }
});
