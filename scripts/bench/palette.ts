// The command palette at the run's size: ⌘K to its search box focused, and a transaction ID pasted with Enter
// to that transaction's page showing its details (the lookup, then the page), beside the raw Blnk calls
// behind it (the lookup's, then the details page's).
import { type SizeRun, sampleOpening } from "./interactions";
import { loadBalances, timePaletteOpen, timePalettePaste, waitForSheet } from "./measure";
import { log, timing } from "./sample";
import type { Figure } from "./types";

export async function measurePalette(run: SizeRun): Promise<Figure[]> {
  const { size, page, url, raw, sample } = run;
  const id = /"transaction_id":"([^"]+)"/.exec((await raw.transactionsPage(1)).text)?.[1];
  if (!id) throw new Error("no transaction to paste");

  const open = await sampleOpening(run, "⌘K", "Command palette", timePaletteOpen);

  log(`${size}: palette paste`);
  const paste = await sample("palette paste", async () => {
    // A fresh /balances each time: nothing of the last sample (its answers, its page) is kept.
    await loadBalances(page, url);
    await page.keyboard.press("Meta+K");
    await waitForSheet(page, "Command palette", true);
    return timePalettePaste(page, id);
  });
  const pasteRaw = await sample("raw: palette paste", async () => {
    const lookup = await raw.call("GET", `/transactions/${encodeURIComponent(id)}`);
    return lookup.ms + (await raw.transactionDetails(id)).ms;
  });
  return [
    ...timing("palette_open_ms", "⌘K: open to focused", open),
    ...timing("palette_paste_ms", "Palette: paste ID to record visible", paste, pasteRaw),
  ];
}
