import "server-only";
import type { ReactNode } from "react";
import { recordOrError } from "@/components/record/record-page";
import type { Balance } from "@/lib/blnk";
import { type BalanceView, loadBalance, toBalanceView } from "./queries";

/**
 * The balance a page under `/balances/[id]` shows, and its view; or what the page shows instead (a 404 for
 * an unknown ID, Blnk's failure in plain words otherwise).
 */
export async function balanceForPage(
  id: string,
): Promise<{ ok: true; balance: Balance; view: BalanceView } | { ok: false; fallback: ReactNode }> {
  const shown = recordOrError(await loadBalance(id), "Balance");
  if (!shown.ok) return shown;
  return { ok: true, balance: shown.record, view: toBalanceView(shown.record) };
}
