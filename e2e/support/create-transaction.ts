import { expect, type Page } from "@playwright/test";
import { E2E } from "./env";
import { ledgerCall } from "./ledger-api";

// The "Create transaction" sheet driven like a person does, and the ledger read back over its own API.

async function ledger(method: string, path: string, body?: string, baseUrl: string = E2E.blnkUrl) {
  return (await ledgerCall(method, path, body, baseUrl)).text;
}

/** A balance's `balance` and `inflight_balance`, exact, read from the raw JSON text. */
export async function amountsOf(balanceId: string, baseUrl: string = E2E.blnkUrl) {
  const text = await ledger("GET", `/balances/${balanceId}`, undefined, baseUrl);
  const field = (name: string) => BigInt(new RegExp(`"${name}":(-?\\d+)`).exec(text)?.[1] ?? "NaN");
  return { balance: field("balance"), inflight: field("inflight_balance") };
}

/** How many transactions carry this reference (0 or 1: Core's index is unique). */
export async function countByReference(reference: string, baseUrl: string = E2E.blnkUrl): Promise<number> {
  const text = await ledger(
    "POST",
    "/transactions/filter",
    JSON.stringify({
      filters: [{ field: "reference", operator: "eq", value: reference }],
      include_count: true,
    }),
    baseUrl,
  );
  return Number(/"total_count":(\d+)/.exec(text)?.[1] ?? 0);
}

/** How many transactions have this balance as their source. */
export async function countFromSource(balanceId: string, baseUrl: string = E2E.blnkUrl): Promise<number> {
  const text = await ledger(
    "POST",
    "/transactions/filter",
    JSON.stringify({ filters: [{ field: "source", operator: "eq", value: balanceId }], include_count: true }),
    baseUrl,
  );
  return Number(/"total_count":(\d+)/.exec(text)?.[1] ?? 0);
}

export const sheet = (page: Page) => page.getByRole("dialog", { name: "Create transaction" });

/** Types into a party combobox and takes the option the server suggests for it. */
export async function pickParty(page: Page, label: "Source" | "Destination", text: string) {
  const box = sheet(page).getByRole("combobox", { name: label });
  await box.fill(text);
  // A pasted ID or @indicator is chosen by itself once the search confirms it.
  await expect(sheet(page).locator(`#create-transaction-${label.toLowerCase()}-hint`)).toHaveText(
    `Selected balance: ${text}`,
  );
}

export type TransferForm = {
  amount: string;
  currency?: string;
  source?: string;
  destination?: string;
  description?: string;
  reference?: string;
  overdraft?: boolean;
  inflight?: boolean;
};

/** Fills the open sheet; fields left out keep what they have (a preset, the generated reference). */
export async function fillTransfer(page: Page, form: TransferForm) {
  const dialog = sheet(page);
  await dialog.getByLabel("Amount").fill(form.amount);
  if (form.currency) await dialog.getByLabel("Currency").fill(form.currency);
  if (form.source) await pickParty(page, "Source", form.source);
  if (form.destination) await pickParty(page, "Destination", form.destination);
  await dialog.getByLabel("Description").fill(form.description ?? "E2E through the sheet");
  if (form.reference) await dialog.getByLabel("Reference").fill(form.reference);
  if (form.overdraft) await dialog.getByRole("switch", { name: "Apply overdraft" }).click();
  if (form.inflight) await dialog.getByRole("switch", { name: "Apply inflight" }).click();
}

/** The preview's row for a party: its before and after cells. */
export function previewRow(page: Page, role: "source" | "destination") {
  const row = sheet(page).getByTestId(`preview-${role}`);
  return { row, before: row.getByRole("cell").nth(0), after: row.getByRole("cell").nth(1) };
}
