import net from "node:net";
import { expect, test } from "@playwright/test";
import { E2E } from "./support/env";

test.use({ baseURL: E2E.recoveringAppUrl });

/** A TCP proxy to the embedded ledger on the port the recovering dashboard uses as its Blnk. */
function startProxy(): Promise<{ close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(E2E.ledgerPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return new Promise((resolve) => server.listen(E2E.proxyPort, "127.0.0.1", () => resolve({ close })));
}

test("with Blnk down the page explains it, and Try again recovers once Blnk is back", async ({ page }) => {
  await page.goto("/balances");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Cannot reach Blnk");

  const proxy = await startProxy();
  try {
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("table", { name: "Balances" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Balances" }).getByRole("row")).toHaveCount(21);
  } finally {
    await proxy.close();
  }
});
