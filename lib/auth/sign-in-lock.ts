import "server-only";
import { appDb } from "@/lib/db";

// Password sign-in for one email address stops after 10 failures within 15 minutes, from any number of
// client addresses (the per-address rate limit cannot see an attacker who rotates addresses). It opens again
// when the oldest of those failures is 15 minutes old; a successful sign-in clears the count.
export const ACCOUNT_LOCK = { failures: 10, windowMs: 15 * 60 * 1000 } as const;

export async function accountLock(email: string, now = Date.now()): Promise<{ locked: boolean }> {
  const db = await appDb();
  const row = await db
    .selectFrom("ledger_desk_sign_in_failure")
    .select((eb) => eb.fn.countAll<string>().as("failures"))
    .where("email", "=", email)
    .where("failed_at", ">", String(now - ACCOUNT_LOCK.windowMs))
    .executeTakeFirst();
  return { locked: Number(row?.failures ?? 0) >= ACCOUNT_LOCK.failures };
}

export async function recordSignIn(email: string, succeeded: boolean, now = Date.now()) {
  const db = await appDb();
  if (succeeded) {
    await db.deleteFrom("ledger_desk_sign_in_failure").where("email", "=", email).execute();
    return;
  }
  await db
    .insertInto("ledger_desk_sign_in_failure")
    .values({ email, failed_at: String(now) })
    .execute();
  // Old rows are of no use: trimmed as new ones arrive.
  await db
    .deleteFrom("ledger_desk_sign_in_failure")
    .where("failed_at", "<", String(now - ACCOUNT_LOCK.windowMs))
    .execute();
}
