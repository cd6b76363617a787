import "server-only";
import { type Balance, blnkResult, getBalanceAt } from "@/lib/blnk";
import { getPrecisionTable } from "@/lib/config/precision-table";
import { type FormattedMoney, formatMoney } from "@/lib/money";
import { asOfParam, futureProblem, isBeforeCreated, parseAsOf, utcText } from "./as-of";
import type { BalanceView } from "./queries";

export type AsOfAmounts = Pick<BalanceView["amounts"], "balance" | "creditBalance" | "debitBalance">;

/**
 * What the page shows for `?at=`: the balance at that moment, or why it shows the current balance instead (a
 * link whose moment is unreadable, in the future or before the balance existed, or a Blnk that failed).
 */
export type AsOf =
  | {
      kind: "shown";
      at: string;
      amounts: AsOfAmounts;
      /** Set when the moment is before the balance was created (its amounts come from backdated entries). */
      note?: string;
    }
  | { kind: "problem"; at: string | null; message: string; canRetry: boolean };

const CURRENT = "Showing the current balance.";

function amountsOf(
  money: (amount: bigint) => FormattedMoney,
  amounts: { balance: bigint; creditBalance: bigint; debitBalance: bigint },
): AsOfAmounts {
  return {
    balance: money(amounts.balance),
    creditBalance: money(amounts.creditBalance),
    debitBalance: money(amounts.debitBalance),
  };
}

/** The balance at the moment `?at=` names (`GET /balances/:id/at`); null when the page has no `?at=`. */
export async function loadAsOf(balance: Balance, param: string | string[] | undefined): Promise<AsOf | null> {
  const text = (Array.isArray(param) ? param[0] : param)?.trim();
  if (!text) return null;
  const at = parseAsOf(text);
  if (!at) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return {
      kind: "problem",
      at: null,
      message: `"${shown}" in this link is not a date and time. ${CURRENT}`,
      canRetry: false,
    };
  }
  const problem = futureProblem(at, new Date());
  if (problem)
    return { kind: "problem", at: asOfParam(at), message: `${problem} ${CURRENT}`, canRetry: false };

  const result = await blnkResult(() => getBalanceAt(balance.id, { timestamp: at }));
  if (!result.ok) {
    return {
      kind: "problem",
      at: asOfParam(at),
      message: `Blnk could not give the balance at that moment: ${result.error.userMessage} ${CURRENT}`,
      canRetry: true,
    };
  }
  const table = getPrecisionTable();
  const money = (amount: bigint) => formatMoney(amount, balance.currency, table);
  const at$ = asOfParam(at);
  const amounts = amountsOf(money, result.data.balance);
  if (!isBeforeCreated(at, balance.createdAt)) return { kind: "shown", at: at$, amounts };
  // Before its creation a balance holds only what backdated transactions (an earlier effective date) put
  // there; with none, Core's zeros would read as a real balance, so the page says it did not exist yet.
  const created = utcText(new Date(balance.createdAt));
  const { balance: value, creditBalance, debitBalance } = result.data.balance;
  if (value === 0n && creditBalance === 0n && debitBalance === 0n) {
    return {
      kind: "problem",
      at: at$,
      message: `The balance did not exist yet at ${utcText(at)}: it was created ${created}. ${CURRENT}`,
      canRetry: false,
    };
  }
  return {
    kind: "shown",
    at: at$,
    amounts,
    note: `This moment is before the balance was created (${created}): these amounts come from transactions dated earlier.`,
  };
}
