// Playwright global set-up: waits until every server in playwright.config.ts answers its readyUrl (any HTTP
// answer counts: the dashboard without a reachable Blnk still answers). The servers start together, so this
// takes as long as the slowest, not the sum of all.
import { servers } from "../../playwright.config";

const DEADLINE_MS = 180_000;

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

export default async function serversUp(): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  const pending = new Set(servers.map((server) => server.readyUrl));
  while (pending.size > 0) {
    for (const url of [...pending]) if (await answers(url)) pending.delete(url);
    if (pending.size === 0) return;
    if (Date.now() > deadline)
      throw new Error(`Not up after ${DEADLINE_MS / 1000} s: ${[...pending].join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
