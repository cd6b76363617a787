import { formatDuration, formatInstant, parseInstant } from "./time";
import type { CheckContext, CheckStatus, HealthCheck, HealthCheckId } from "./types";

/**
 * Inflight funds older than this are flagged. 72 hours lets the slow-but-normal cases through without noise —
 * a hold placed on a Friday evening and settled on Monday, card captures and bank transfers that settle T+1 or
 * T+2 — while anything older is more likely a hold that nobody committed or voided, tying up the customer's
 * funds. It is a warning, not a failure: some flows (escrow, long authorisations) hold funds for longer on
 * purpose, and an explicit `inflight_expiry_date` is checked separately.
 */
export const INFLIGHT_STALE_AFTER_MS: number = 72 * 60 * 60 * 1000;

/** Plain-language names, in the order the checks are always reported. */
export const HEALTH_CHECK_LABELS: Record<HealthCheckId, string> = {
  balance_equation: "Balance adds up",
  inflight_equation: "Inflight balance adds up",
  negative_balance: "Not negative",
  inflight_age: "Inflight funds on time",
  lineage_owner: "Owner for lineage tracking",
  recomputed_balance: "Matches its transactions",
};

/** U+2212, the minus sign: "credit 12.00 USD − debit 1.00 USD" reads (and is announced) as a subtraction. */
const MINUS = "\u2212";

function check(id: HealthCheckId, status: CheckStatus, reason: string): HealthCheck {
  return { id, label: HEALTH_CHECK_LABELS[id], status, reason };
}

export function checkBalanceEquation(ctx: CheckContext): HealthCheck {
  const { balance, creditBalance, debitBalance, formatAmount: f } = ctx;
  const expected = creditBalance - debitBalance;
  const sum = `credit ${f(creditBalance)} ${MINUS} debit ${f(debitBalance)}`;
  if (balance === expected) return check("balance_equation", "pass", `Balance ${f(balance)} equals ${sum}.`);
  return check("balance_equation", "fail", `Balance ${f(balance)} is not ${sum} (= ${f(expected)}).`);
}

export function checkInflightEquation(ctx: CheckContext): HealthCheck {
  const { inflightBalance, inflightCreditBalance, inflightDebitBalance, formatAmount: f } = ctx;
  const expected = inflightCreditBalance - inflightDebitBalance;
  const sum = `inflight credit ${f(inflightCreditBalance)} ${MINUS} inflight debit ${f(inflightDebitBalance)}`;
  if (inflightBalance === expected) {
    return check("inflight_equation", "pass", `Inflight balance ${f(inflightBalance)} equals ${sum}.`);
  }
  return check(
    "inflight_equation",
    "fail",
    `Inflight balance ${f(inflightBalance)} is not ${sum} (= ${f(expected)}).`,
  );
}

export function checkNegativeBalance(ctx: CheckContext): HealthCheck {
  const { balance, formatAmount: f } = ctx;
  if (balance < 0n) {
    return check(
      "negative_balance",
      "warn",
      `The balance is negative (${f(balance)}): debits exceed credits. Allowed by overdraft, but worth a look.`,
    );
  }
  return check("negative_balance", "pass", `The balance (${f(balance)}) is not negative.`);
}

/** "5.00 USD inflight credit and 2.00 USD inflight debit" — both sides, since they can cancel out to zero. */
function describeInflight(ctx: CheckContext): string {
  const { inflightCreditBalance: credit, inflightDebitBalance: debit, formatAmount: f } = ctx;
  if (credit !== 0n && debit !== 0n) return `${f(credit)} inflight credit and ${f(debit)} inflight debit`;
  if (credit !== 0n) return `${f(credit)} inflight credit`;
  if (debit !== 0n) return `${f(debit)} inflight debit`;
  // Only reachable when the inflight equation is broken; name the one amount there is.
  return `${f(ctx.inflightBalance)} inflight`;
}

export function checkInflightAge(ctx: CheckContext): HealthCheck {
  const { inflightBalance, inflightCreditBalance, inflightDebitBalance, now } = ctx;
  // Blnk leaves inflight_expires_at set after the funds are committed or voided, so an old expiry on a balance
  // with nothing inflight means nothing; only the amounts say whether anything is pending.
  if (inflightBalance === 0n && inflightCreditBalance === 0n && inflightDebitBalance === 0n) {
    return check("inflight_age", "pass", "No funds are inflight.");
  }

  const nowMs = now.getTime();
  const funds = `Inflight funds (${describeInflight(ctx)})`;
  const limit = formatDuration(INFLIGHT_STALE_AFTER_MS);
  const expiresMs = parseInstant(ctx.inflightExpiresAt);
  const oldestMs = parseInstant(ctx.oldestInflightAt);
  const ageMs = oldestMs === null ? null : Math.max(0, nowMs - oldestMs);
  const isExpired = expiresMs !== null && expiresMs < nowMs;
  const isStale = ageMs !== null && ageMs > INFLIGHT_STALE_AFTER_MS;
  const pendingFor =
    oldestMs === null || ageMs === null
      ? ""
      : `pending for ${formatDuration(ageMs)}, since ${formatInstant(oldestMs)}`;

  if (isExpired) {
    const past = `${funds} are still pending ${formatDuration(nowMs - expiresMs)} past their expiry at ${formatInstant(expiresMs)}; they should have been committed or voided by then.`;
    return check("inflight_age", "warn", pendingFor === "" ? past : `${past} They have been ${pendingFor}.`);
  }
  if (isStale) {
    return check(
      "inflight_age",
      "warn",
      `${funds} have been ${pendingFor}; funds inflight for more than ${limit} are usually stuck and should be committed or voided.`,
    );
  }

  const expiry = expiresMs === null ? "" : ` They expire at ${formatInstant(expiresMs)}.`;
  if (ageMs !== null) {
    return check("inflight_age", "pass", `${funds} have been ${pendingFor}, within ${limit}.${expiry}`);
  }
  // The age is unknown (list rows and balances whose transactions were not looked up). With an expiry still
  // ahead, the expiry half of the check ran and passed, so "pass" with the caveat in the reason. With no expiry
  // either, nothing was checked, and "skipped" ("Not checked") says so — a pass would claim a check that never
  // ran. Either way the overall badge is unaffected: only warn and fail change it.
  if (expiresMs !== null) {
    return check(
      "inflight_age",
      "pass",
      `${funds} have not reached their expiry at ${formatInstant(expiresMs)}; how long they have been pending is not known here.`,
    );
  }
  return check(
    "inflight_age",
    "skipped",
    `${funds} have no expiry, and how long they have been pending is not known here.`,
  );
}

export function checkLineageOwner(ctx: CheckContext): HealthCheck {
  const { trackFundLineage, identityId } = ctx;
  if (trackFundLineage === null) {
    return check(
      "lineage_owner",
      "skipped",
      "Not known from this view: it does not say whether lineage tracking is on.",
    );
  }
  if (!trackFundLineage)
    return check("lineage_owner", "pass", "Lineage tracking is off, so no owner is needed.");
  // Blnk sends "" for "no identity"; treat it like null in case a caller passes the wire value through.
  if (identityId === null || identityId.trim() === "") {
    return check(
      "lineage_owner",
      "warn",
      "Lineage tracking is on but the balance has no owner, so the funds it tracks are not attributed to anyone.",
    );
  }
  return check("lineage_owner", "pass", "Lineage tracking is on and the balance has an owner.");
}

export function checkRecomputedBalance(ctx: CheckContext): HealthCheck {
  const { recomputed, formatAmount: f } = ctx;
  if (recomputed === undefined) {
    return check("recomputed_balance", "skipped", "Checked on the balance's details page.");
  }
  if (recomputed === "unsupported") {
    return check(
      "recomputed_balance",
      "skipped",
      "This Blnk server cannot recompute balances from transactions.",
    );
  }
  if (recomputed === "failed") {
    return check(
      "recomputed_balance",
      "skipped",
      "Could not be checked: recomputing the balance from its transactions failed.",
    );
  }
  if ("skipped" in recomputed) return check("recomputed_balance", "skipped", recomputed.skipped);
  const stored = recomputed.stored ?? ctx;
  const fields = [
    ["balance", stored.balance, recomputed.balance],
    ["credit balance", stored.creditBalance, recomputed.creditBalance],
    ["debit balance", stored.debitBalance, recomputed.debitBalance],
  ] as const;
  const mismatches = fields
    .filter(([, stored, computed]) => stored !== computed)
    .map(([name, stored, computed]) => `${name} ${f(stored)} stored, ${f(computed)} recomputed`);
  if (mismatches.length === 0) {
    return check(
      "recomputed_balance",
      "pass",
      `The stored balance (${f(stored.balance)}), credit and debit match the values recomputed from its transactions${recomputed.at ? `, as of ${recomputed.at}` : ""}.`,
    );
  }
  return check(
    "recomputed_balance",
    "fail",
    `The stored values differ from those recomputed from its transactions${recomputed.at ? ` as of ${recomputed.at}` : ""}: ${mismatches.join("; ")}.`,
  );
}
