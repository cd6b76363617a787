import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Download, expect, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/test-support/csv";

// Shared by the export specs: run an export from a page's "Export" dialog, read what it saved.

export const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The CSV's rows as objects keyed by its header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ""])));
}

export const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Opens the page's Export dialog (retried: the first click may come before hydration). */
export async function openExport(page: Page, title: string) {
  const dialog = page.getByRole("dialog", { name: title });
  await expect(async () => {
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass();
  return dialog;
}

export type Saved = { name: string; bytes: Buffer };

const read = async (download: Download): Promise<Saved> => ({
  name: download.suggestedFilename(),
  bytes: readFileSync(await download.path()),
});

/** Starts an export in `format` and returns the file it saved, and the manifest downloaded beside it. */
export async function exportFile(page: Page, title: string, format: "CSV" | "JSON Lines") {
  const dialog = await openExport(page, title);
  await dialog.getByRole("radio", { name: new RegExp(`^${format}`) }).check();
  const saved = page.waitForEvent("download");
  await dialog.getByRole("button", { name: /Start export|Try again/ }).click();
  const file = await read(await saved);
  const done = dialog.getByTestId("export-done");
  await expect(done).toContainText("matches its manifest");
  const manifestSaved = page.waitForEvent("download");
  await done.getByRole("button", { name: "Download manifest" }).click();
  const manifestFile = await read(await manifestSaved);
  const manifest = JSON.parse(manifestFile.bytes.toString("utf8")) as Record<string, unknown>;
  const doneText = (await done.textContent()) ?? "";
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  return { file, manifestName: manifestFile.name, manifest, doneText };
}
