import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import { csvObjects, exportFile, openExport } from "./support/export";
import { createBalance, createLedger, uniqueRun } from "./support/ledger-api";
import { type LedgerProxy, startLedgerProxy } from "./support/proxy";

// An export through the fault proxy (the "recovering" dashboard's Blnk): Blnk failing after the first page
// gives a message and no manifest, not a file that passes for complete; progress shows rows so far, and
// "Cancel export" stops it. Once Blnk answers again the same export completes.

test.use({ baseURL: E2E.recoveringAppUrl });
test.describe.configure({ mode: "serial" });

const ROWS = 250;
let ledgerId = "";
let proxy: LedgerProxy;

test.beforeAll(async () => {
  ledgerId = await createLedger(`Export faults ${uniqueRun()}`);
  for (let made = 0; made < ROWS; made += 25) {
    await Promise.all(Array.from({ length: 25 }, () => createBalance({ ledgerId, currency: "JOD" })));
  }
  proxy = await startLedgerProxy();
});

test.afterAll(async () => {
  await proxy?.close();
});

/** The ID of the export the next Start makes, from its response. */
function nextExportId(page: Page) {
  return page
    .waitForResponse((response) => response.url().includes("/api/export/balances"))
    .then((response) => response.headers()["x-export-id"] ?? "");
}

async function outcome(page: Page, id: string) {
  const answer = await page.request.get(`/api/export/manifest?id=${id}`);
  return (await answer.json()) as {
    ok: boolean;
    data?: { status: string; message?: string; manifest?: unknown };
  };
}

test("Blnk failing halfway: a clear message, no file and no manifest; Cancel stops an export under way", async ({
  page,
}) => {
  let downloads = 0;
  page.on("download", () => {
    downloads += 1;
  });
  await page.goto(`/balances?ledger=${ledgerId}`);
  await expect(page.getByRole("table", { name: "Balances" })).toBeVisible();

  // The first page of 100 passes; every request after it has its connection reset.
  const dialog = await openExport(page, "Export balances");
  proxy.setFault("reset", { after: 1 });
  const failedId = nextExportId(page);
  await dialog.getByRole("button", { name: "Start export" }).click();
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText("The export stopped after 100 rows");
  await expect(alert).toContainText("The file is incomplete, so it has no manifest.");
  const failed = await outcome(page, await failedId);
  expect(failed.data?.status).toBe("failed");
  expect(failed.data?.manifest).toBeUndefined();
  expect(downloads).toBe(0);

  // The second page is held back: the rows so far show, and Cancel ends it.
  proxy.setFault({ mode: "delay", ms: 4_000 }, { after: 1 });
  const cancelledId = nextExportId(page);
  await dialog.getByRole("button", { name: "Try again" }).click();
  await expect(dialog.getByTestId("export-progress")).toHaveText("Exporting… 100 rows so far");
  await dialog.getByRole("button", { name: "Cancel export" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "Export cancelled" })).toHaveText(
    "Export cancelled. Nothing was saved, and it has no manifest.",
  );
  const id = await cancelledId;
  await expect.poll(async () => (await outcome(page, id)).data?.status, { timeout: 10_000 }).toBe("failed");
  expect(downloads).toBe(0);
  await page.keyboard.press("Escape");

  // Blnk answers again: the same export completes, every row once.
  proxy.setFault("pass");
  const done = await exportFile(page, "Export balances", "CSV");
  const rows = csvObjects(done.file.bytes.toString("utf8"));
  expect(rows).toHaveLength(ROWS);
  expect(new Set(rows.map((row) => row.balance_id)).size).toBe(ROWS);
  expect(done.manifest).toMatchObject({ rows: ROWS, order: "balance_id ascending" });
});
