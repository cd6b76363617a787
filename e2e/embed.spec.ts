import http from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import {
  countBalances,
  createBalance,
  createIdentity,
  createLedger,
  uniqueCurrency,
} from "./support/ledger-api";

/** A page on another origin that frames `path` of the dashboard. */
function startFramer(port: number, path: string): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><title>CRM</title><h1>Customer</h1><iframe title="Ledger Desk" src="${E2E.appUrl}${path}" width="1000" height="600"></iframe>`,
    );
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function withFramer<T>(port: number, path: string, run: () => Promise<T>): Promise<T> {
  const server = await startFramer(port, path);
  try {
    return await run();
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Whether the browser rendered the dashboard inside the iframe (a refused frame shows an error page). */
async function frameShows(page: Page, text: string) {
  const frame = page.frameLocator('iframe[title="Ledger Desk"]');
  return frame.getByText(text).first();
}

test("an allowed origin frames the embedded identity page and can create a balance inside it", async ({
  page,
}) => {
  const ledgerName = `Embed Ledger ${Date.now()}`;
  await createLedger(ledgerName);
  const identityId = await createIdentity({
    identity_type: "organization",
    organization_name: "Framed Traders",
  });
  const currency = uniqueCurrency("EMB");
  await withFramer(E2E.allowedFramerPort, `/embed/identities/${identityId}`, async () => {
    await page.goto(`http://127.0.0.1:${E2E.allowedFramerPort}/`);
    const frame = page.frameLocator('iframe[title="Ledger Desk"]');
    await expect(frame.getByRole("heading", { name: "Framed Traders" })).toBeVisible();
    await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);

    // Shortcuts work inside the frame: ⌥B opens the create flow for this owner.
    const sheet = frame.getByRole("dialog", { name: "Create balance" });
    await frame.getByRole("heading", { name: "Framed Traders" }).click();
    await page.keyboard.press("Alt+B");
    await expect(sheet.getByText("Framed Traders")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();

    await frame.getByRole("button", { name: "New balance" }).first().click();
    await expect(sheet.getByText("Framed Traders")).toBeVisible();
    await sheet.getByRole("combobox", { name: "Ledger" }).fill(ledgerName);
    await frame.getByRole("option", { name: new RegExp(ledgerName) }).click();
    await sheet.getByLabel("Currency").fill(currency);
    await sheet.getByRole("button", { name: "Create balance" }).click();
    await expect(sheet).toBeHidden();
    await expect(frame.getByRole("table", { name: "Balances" }).getByText(currency)).toBeVisible();
  });
  expect(await countBalances(currency)).toBe(1);
});

test("another origin cannot frame the embed page, and no origin can frame /balances", async ({
  page,
  request,
}) => {
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Nora",
    last_name: "Frame",
  });
  await withFramer(E2E.otherFramerPort, `/embed/identities/${identityId}`, async () => {
    await page.goto(`http://127.0.0.1:${E2E.otherFramerPort}/`);
    await expect(page.getByRole("heading", { name: "Customer" })).toBeVisible();
    await expect(await frameShows(page, "Nora Frame")).toBeHidden();
  });
  await withFramer(E2E.allowedFramerPort, "/balances", async () => {
    await page.goto(`http://127.0.0.1:${E2E.allowedFramerPort}/`);
    await expect(page.getByRole("heading", { name: "Customer" })).toBeVisible();
    await expect(await frameShows(page, "Balances")).toBeHidden();
  });
  // The headers say so explicitly.
  const embed = await request.get(`/embed/identities/${identityId}`);
  expect(embed.headers()["content-security-policy"]).toContain(
    `; frame-ancestors http://127.0.0.1:${E2E.allowedFramerPort}`,
  );
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const balances = await request.get("/balances");
  expect(balances.headers()["content-security-policy"]).toContain("; frame-ancestors 'none'");
  expect(balances.headers()["x-frame-options"]).toBe("DENY");
});

test("inside the frame, links out of the balances open in a new tab (the dashboard's pages refuse framing)", async ({
  page,
}) => {
  const ledgerId = await createLedger(`Embed Links ${Date.now()}`);
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: "Lena",
    last_name: "Link",
  });
  await createBalance({ ledgerId, currency: uniqueCurrency("LNK"), identityId });
  await withFramer(E2E.allowedFramerPort, `/embed/identities/${identityId}`, async () => {
    await page.goto(`http://127.0.0.1:${E2E.allowedFramerPort}/`);
    const frame = page.frameLocator('iframe[title="Ledger Desk"]');
    await frame.getByRole("table", { name: "Balances" }).getByRole("row").nth(1).click();
    const summary = frame.getByRole("dialog", { name: "Balance summary" });
    await expect(summary.getByRole("link", { name: /Full info/ })).toHaveAttribute("target", "_blank");
    await expect(summary.getByRole("link", { name: "View transactions" })).toHaveAttribute(
      "target",
      "_blank",
    );
    await expect(summary.getByRole("link", { name: "Lena Link" })).toHaveAttribute("target", "_blank");
  });
});
