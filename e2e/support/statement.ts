import { ledgerCall } from "./ledger-api";

// Shared by the statement specs: days in UTC, amounts as the dashboard prints them, backdated movements.

export const DAY = 86_400_000;
const now = new Date();
export const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
export const dayText = (daysAgo: number) =>
  new Date(today.getTime() - daysAgo * DAY).toISOString().slice(0, 10);

/** Minor units of USD as the dashboard prints them: "1,234.50 USD". */
export function usd(minor: bigint): string {
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${whole}.${(abs % 100n).toString().padStart(2, "0")} USD`;
}

/** `amount` from source to destination, effective at `at` (a bigint, written as a bare integer). */
export async function move(source: string, destination: string, amount: bigint, at: Date, baseUrl?: string) {
  await ledgerCall(
    "POST",
    "/transactions",
    `{"precise_amount":${amount},"currency":"USD","source":"${source}","destination":"${destination}","reference":"st-${crypto.randomUUID()}","description":"Statement e2e","allow_overdraft":true,"skip_queue":true,"effective_date":"${at.toISOString()}"}`,
    baseUrl,
  );
}

/** What the ledger says the balance was at `at` (`GET /balances/:id/at`). */
export async function ledgerAt(balanceId: string, at: string, baseUrl?: string): Promise<bigint> {
  const { text } = await ledgerCall("GET", `/balances/${balanceId}/at?timestamp=${at}`, undefined, baseUrl);
  return BigInt(/"balance":(-?\d+)/.exec(text)?.[1] ?? "NaN");
}
