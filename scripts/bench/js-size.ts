// First-load JavaScript of a page: every script the page requests before its load event (what it needs to
// start; chunks fetched later, when the browser is idle, are not first-load), each gzipped (node:zlib,
// default level) and summed.
import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

export { installLayoutShiftObserver, readLayoutShift } from "./layout-shift";

export type ScriptSize = { url: string; gzipBytes: number; bytes: number };

/**
 * Loads `url` in a fresh navigation (browser cache off, so every script comes over the network) and sums the
 * gzip size of every script (resourceType "script") requested before the load event. Scripts come back
 * biggest first; `kib` is the gzip total / 1024; `later` lists what was fetched after load (idle prefetches).
 */
export async function firstLoadJs(
  page: Page,
  url: string,
): Promise<{ kib: number; scripts: ScriptSize[]; later: ScriptSize[] }> {
  const cdp = await page
    .context()
    .newCDPSession(page)
    .catch(() => null);
  if (cdp) {
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  }
  await page.goto("about:blank");

  const bodies: Array<Promise<ScriptSize | null>> = [];
  const laterBodies: Array<Promise<ScriptSize | null>> = [];
  const seen = new Set<string>();
  let loaded = false;
  const onLoad = () => {
    loaded = true;
  };
  const requestedBeforeLoad = new Set<string>();
  const onRequest = (request: import("@playwright/test").Request) => {
    if (!loaded && request.resourceType() === "script") requestedBeforeLoad.add(request.url());
  };
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== "script") return;
    const scriptUrl = response.url();
    if (seen.has(scriptUrl)) return;
    seen.add(scriptUrl);
    (requestedBeforeLoad.has(scriptUrl) ? bodies : laterBodies).push(
      response.body().then(
        (body) => ({ url: scriptUrl, gzipBytes: gzipSync(body).length, bytes: body.length }),
        // A redirect or an aborted request has no body.
        () => null,
      ),
    );
  };
  page.on("request", onRequest);
  page.on("response", onResponse);
  page.on("load", onLoad);
  const sorted = async (list: Array<Promise<ScriptSize | null>>) =>
    (await Promise.all(list))
      .filter((script): script is ScriptSize => script !== null)
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    const scripts = await sorted(bodies);
    const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    return { kib: total / 1024, scripts, later: await sorted(laterBodies) };
  } finally {
    page.off("request", onRequest);
    page.off("response", onResponse);
    page.off("load", onLoad);
    if (cdp) {
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: false }).catch(() => {});
      await cdp.detach().catch(() => {});
    }
  }
}
