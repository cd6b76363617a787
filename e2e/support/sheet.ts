import { expect, type Locator, type Page } from "@playwright/test";

// Opening the dashboard's sheets and dialogs, and filling their fields, as the specs drive them. A click or a
// key pressed before the page has hydrated does nothing, so every opener tries again until its dialog shows.

/** Runs `open` until `target` is visible (each try waits a second for it); answers `target`. */
export async function openUntilVisible(target: Locator, open: () => Promise<unknown>): Promise<Locator> {
  await expect(async () => {
    await open();
    await expect(target).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return target;
}

/** The dialog named `name`, opened with the page's button of the same name. */
export function openWithButton(page: Page, name: string): Promise<Locator> {
  return openUntilVisible(page.getByRole("dialog", { name }), () =>
    page.getByRole("button", { name }).click(),
  );
}

/** The dialog named `name`, opened by pressing `key` on the page with the level-1 heading `heading`. */
export function openWithKey(page: Page, key: string, name: string, heading: string): Promise<Locator> {
  return openUntilVisible(page.getByRole("dialog", { name }), async () => {
    await page.getByRole("heading", { level: 1, name: heading }).click();
    await page.keyboard.press(key);
  });
}

/** Opens the record page's "Actions" menu, then its item `item`; answers the dialog of the same name. */
export async function openFromActions(page: Page, item: string): Promise<Locator> {
  await openActionsMenu(page, item);
  await page.getByRole("menuitem", { name: item }).click();
  return page.getByRole("dialog", { name: item });
}

/** Opens the record page's "Actions" menu, until it shows the item `item`. */
export function openActionsMenu(page: Page, item: string): Promise<Locator> {
  return openUntilVisible(page.getByRole("menuitem", { name: item }), () =>
    page.getByRole("button", { name: "Actions", exact: true }).click(),
  );
}

/** The field of `dialog` labelled exactly `label`. */
export function field(dialog: Locator, label: string): Locator {
  return dialog.getByLabel(label, { exact: true });
}

/** Fills the fields of `dialog` by their exact labels, in order. */
export async function fillFields(dialog: Locator, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await field(dialog, label).fill(value);
}

/** Fills metadata row `n` of a create sheet: its key, its type (by option value, when given) and its value. */
export async function fillMetadataRow(
  dialog: Locator,
  n: number,
  row: { key: string; type?: string; value: string },
): Promise<void> {
  await dialog.getByLabel(`Metadata key ${n}`).fill(row.key);
  if (row.type) await dialog.getByLabel(`Metadata type ${n}`).selectOption(row.type);
  await dialog.getByLabel(`Metadata value ${n}`).fill(row.value);
}

/** Metadata rows every create sheet refuses, each with (a part of) its message. */
export const METADATA_REFUSALS: ReadonlyArray<{ key: string; type: string; value: string; message: string }> =
  [
    {
      key: "__proto__",
      type: "text",
      value: "v",
      message: "Start with a letter; use only letters, digits and _.",
    },
    { key: "k".repeat(500), type: "text", value: "v", message: "Use at most 128 characters in a key." },
    { key: "doc", type: "json", value: '{"a": 1', message: "This is not valid JSON" },
    {
      key: "big",
      type: "text",
      value: "x".repeat(1024 * 1024),
      message: "Use at most 4096 characters in a value.",
    },
  ];

/**
 * Sends each of METADATA_REFUSALS in row 1 of `dialog` with `submit`: each is refused with its message, and
 * the row keeps what was typed.
 */
export async function expectMetadataRefused(dialog: Locator, submit: () => Promise<void>): Promise<void> {
  for (const row of METADATA_REFUSALS) {
    await fillMetadataRow(dialog, 1, row);
    await submit();
    await expect(dialog.getByText(row.message).first()).toBeVisible();
    await expect(dialog.getByLabel("Metadata key 1")).toHaveValue(row.key);
    await expect(dialog.getByLabel("Metadata value 1")).toHaveValue(row.value);
  }
}
