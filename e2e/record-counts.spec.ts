import { expect, type Page, test } from "@playwright/test";
import { E2E } from "./support/env";
import {
  createBalance,
  createIdentity,
  createLedger,
  ledgerCall,
  transfer,
  uniqueCurrency,
  uniqueSurname,
} from "./support/ledger-api";
import { type LedgerProxy, startLedgerProxy } from "./support/proxy";

// Issue 19, counts: the Identities table's "Balances" column and a ledger's "Balances" and "Transactions"
// details stream in after their page, from Blnk's filter counts; "—" with the reason when Blnk gives none.

/** An individual named `first surname` owning `balances` new balances, all in one new ledger. */
async function owner(first: string, surname: string, balances: number) {
  const identityId = await createIdentity({
    identity_type: "individual",
    first_name: first,
    last_name: surname,
  });
  const ledgerId = await createLedger();
  const currency = uniqueCurrency("CNT");
  const addBalance = () => createBalance({ ledgerId, currency, identityId });
  for (let made = 0; made < balances; made++) await addBalance();
  return { name: `${first} ${surname}`, ledgerId, addBalance };
}

// Name, Type, Email, Country, Balances, Created at.
const BALANCES_COLUMN = 4;

/** The Balances cell of the identity's row in the Identities table. */
const balancesCell = (page: Page, name: string) =>
  page
    .getByRole("table", { name: "Identities" })
    .getByRole("row")
    .filter({ hasText: name })
    .getByRole("cell")
    .nth(BALANCES_COLUMN);

const details = (page: Page) => page.getByRole("region", { name: "Details" });

/** The value beside a label in the ledger's details list. */
const detail = (page: Page, label: string) =>
  details(page)
    .getByRole("definition")
    .nth(["Name", "Balances", "Transactions", "Date created", "Ledger ID"].indexOf(label));

test("the Identities table counts each identity's balances; one without any shows 0", async ({ page }) => {
  const surname = uniqueSurname("Tally");
  const cora = await owner("Cora", surname, 2);
  const dora = await owner("Dora", surname, 0);

  await page.goto(`/identities?q=${surname}`);
  const table = page.getByRole("table", { name: "Identities" });
  await expect(table.getByRole("columnheader", { name: "Balances" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(balancesCell(page, cora.name)).toHaveText("2");
  await expect(balancesCell(page, dora.name)).toHaveText("0");

  // A new balance shows on the next load (the count is not cached).
  await cora.addBalance();
  await page.reload();
  await expect(balancesCell(page, cora.name)).toHaveText("3");
});

test("a ledger's details count its balances and the transactions on them, one between two of them once", async ({
  page,
}) => {
  const name = `Counted Ledger ${Date.now()}`;
  const ledgerId = await createLedger(name);
  const elsewhere = await createLedger();
  const currency = uniqueCurrency("CNL");
  const first = await createBalance({ ledgerId, currency });
  const second = await createBalance({ ledgerId, currency });
  const outside = await createBalance({ ledgerId: elsewhere, currency });
  const move = (source: string, destination: string) =>
    transfer({ source, destination, amount: 100n, currency, allowOverdraft: true });
  await move("@World", first); // in: counts
  await move(first, second); // between two of the ledger's balances: counts once
  await move(second, outside); // out: counts
  await move("@World", outside); // not the ledger's: does not count

  await page.goto(`/ledgers/${ledgerId}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(details(page).getByRole("term")).toHaveText([
    "Name",
    "Balances",
    "Transactions",
    "Date created",
    "Ledger ID",
  ]);
  await expect(detail(page, "Balances")).toHaveText("2");
  await expect(detail(page, "Transactions")).toHaveText("3");
});

test("a ledger with no balances counts 0 of each", async ({ page }) => {
  const ledgerId = await createLedger();
  await page.goto(`/ledgers/${ledgerId}`);
  await expect(detail(page, "Balances")).toHaveText("0");
  await expect(detail(page, "Transactions")).toHaveText("0");
});

test.describe("on a ledger of 1,000 bulk-seeded balances (the filters dashboard)", () => {
  test.use({ baseURL: E2E.filtersAppUrl });

  test("the balances are counted, the transactions not, and the page says why", async ({ page }) => {
    const body = JSON.stringify({
      filters: [{ field: "name", operator: "eq", value: "Scale 1,000" }],
      limit: 1,
    });
    const { text } = await ledgerCall("POST", "/ledgers/filter", body, E2E.filtersLedgerUrl);
    const ledgerId = /"ledger_id":"([^"]+)"/.exec(text)?.[1];
    if (!ledgerId) throw new Error(`no seeded ledger in ${text}`);

    await page.goto(`/ledgers/${ledgerId}`);
    await expect(detail(page, "Balances")).toHaveText("1,000");
    await expect(detail(page, "Transactions")).toHaveText(
      "— Counted only for ledgers with up to 100 balances.",
    );
  });
});

test.describe("with a read-only key (Core counts POST /filter as a write)", () => {
  test.use({ baseURL: E2E.readOnlyAppUrl });

  test("the counts show “—” and say why; the pages themselves work", async ({ page }) => {
    const surname = uniqueSurname("Scoped");
    const ivo = await owner("Ivo", surname, 1);

    await page.goto(`/identities?q=${surname}`);
    const cell = balancesCell(page, ivo.name);
    await expect(cell).toHaveText(/^—/);
    await expect(cell.getByTitle(/^Not counted: this Blnk API key may not filter/)).toBeVisible();

    await page.goto(`/ledgers/${ivo.ledgerId}`);
    await expect(detail(page, "Balances")).toContainText("— Not counted: this Blnk API key may not filter");
    await expect(detail(page, "Transactions")).toContainText(
      "— Not counted: this Blnk API key may not filter",
    );
  });
});

test.describe("while Blnk is too slow to count (the recovering dashboard, behind a fault proxy)", () => {
  test.use({ baseURL: E2E.recoveringAppUrl });
  let proxy: LedgerProxy;
  test.beforeAll(async () => {
    proxy = await startLedgerProxy();
  });
  test.afterAll(async () => {
    await proxy?.close();
  });

  test("the table shows at once, and a count that times out shows “—” with the reason", async ({ page }) => {
    const surname = uniqueSurname("Slow");
    const sol = await owner("Sol", surname, 1);
    const cell = balancesCell(page, sol.name);
    const search = page.getByRole("searchbox", { name: "Search identities" });
    // Only the counts ask POST /balances/filter on this page; held past the dashboard's 5 s timeout.
    const slowCounts = () => proxy.setFault({ mode: "delay", only: "POST /balances/filter" });

    slowCounts();
    const started = Date.now();
    // Not "load": the document is still streaming while a count is pending.
    await page.goto(`/identities?q=${surname}`, { waitUntil: "commit" });
    await expect(cell).toBeVisible();
    await expect(cell).toHaveText("");
    expect(Date.now() - started, "the row came before the count's 5 s timeout").toBeLessThan(5_000);
    await expect(cell).toHaveText(/^—/, { timeout: 15_000 });
    await expect(cell.getByTitle(/^Not counted: Blnk did not answer within 5 s/)).toBeVisible();

    // A count on screen, then a search that keeps the row: the results do not wait for its new count.
    proxy.setFault("pass");
    await expect(async () => {
      await search.fill(`Sol ${surname}`);
      await expect(page.getByRole("main")).toContainText(`matching “Sol ${surname}”`, { timeout: 2_000 });
    }).toPass();
    await expect(cell).toHaveText("1");
    slowCounts();
    const searched = Date.now();
    const again = `sol ${surname.toLowerCase()}`;
    await search.fill(again);
    await expect(page.getByRole("main")).toContainText(`matching “${again}”`);
    await expect(cell).toHaveText("");
    expect(Date.now() - searched, "the results came before the count's 5 s timeout").toBeLessThan(5_000);

    await expect(cell).toHaveText(/^—/, { timeout: 15_000 });
    await expect(cell.getByTitle(/^Not counted: Blnk did not answer within 5 s/)).toBeVisible();
    proxy.setFault("pass");
  });
});
