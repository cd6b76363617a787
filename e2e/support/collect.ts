import type { Page, Response } from "@playwright/test";

/** One response the browser received while a test ran: where from, what kind, and its body. */
export type Received = { url: string; type: string; status: number; body: string };

/**
 * Records the body of every response a page receives from the given origins (documents, scripts, RSC payloads,
 * server-action replies). Call `settle()` before reading `received`: bodies are read asynchronously.
 */
export function collectResponses(page: Page, origins: readonly string[]) {
  const received: Received[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const url = response.url();
    if (!origins.some((origin) => url.startsWith(origin))) return;
    pending.push(
      response
        .body()
        .then((body) => {
          received.push({
            url,
            type: response.request().resourceType(),
            status: response.status(),
            body: body.toString("utf8"),
          });
        })
        // Redirects and aborted requests have no body to check.
        .catch(() => undefined),
    );
  };
  page.on("response", onResponse);
  return {
    received,
    async settle() {
      while (pending.length > 0) await Promise.all(pending.splice(0));
    },
    stop() {
      page.off("response", onResponse);
    },
  };
}
