import "server-only";
import type { StoredAuditEntry } from "@/lib/audit/chain";
import { AUDIT_UNAVAILABLE, type AuditActor, auditAttempt, auditOutcome } from "@/lib/audit/trail";
import { writeOnce } from "@/lib/audit/write-once";
import { coreReason, refusalText, snapshotOnce } from "@/lib/audit/write-support";
import type { Actor } from "@/lib/auth/actor";
import { BlnkError, getBlnkConfig, orFallback } from "@/lib/blnk";
import { mayHaveBeenApplied } from "@/lib/blnk/errors";
import { bulkInflight, updateInflight } from "@/lib/blnk/transaction-writes";
import type { Attempt } from "@/lib/idempotency";
import { settlementKind } from "@/lib/transactions/hold-settlement";
import { childrenOf, namedChildrenOf } from "./holds";
import type { HoldOutcome, SettledHolds, SettleHoldsInput, SettleHoldsResult } from "./write-schemas";

// The holds desk's "Commit" / "Void" of several holds at once: Core's bulk inflight route (Core ≥ 0.14.2),
// else one request per hold, then one result per hold. A hold that changed meanwhile is sent like the rest
// and Core's refusal is reported: nothing is forced. Every hold gets its own audit entries (attempt, outcome),
// so the log of each hold says what the desk did to it; the request ID ties the batch together.

type Failure = Extract<SettleHoldsResult, { ok: false }>;
type Done = Omit<SettledHolds, "wasRetry">;
type Answer = {
  holdId: string;
  outcome: HoldOutcome["outcome"];
  code: string | null;
  message: string | null;
};

const MESSAGES = {
  inDoubt:
    "Blnk did not confirm these in time, so some may have happened. Checking with Blnk before anything is sent again…",
  unexpected:
    "Something went wrong while settling the holds. Try again; if it keeps happening, check the server logs.",
  noAnswer:
    "Blnk did not answer for this hold: it may or may not have happened. Refresh to see where it stands.",
} as const;

const fail = (error: string): Failure => ({ ok: false, error });

export async function settleHoldsFromInput(
  input: SettleHoldsInput,
  actor: Actor,
): Promise<SettleHoldsResult> {
  const operation = `bulk_${input.action}`;
  try {
    const { timeoutMs } = getBlnkConfig();
    // The commits and voids these holds had when the batch was first sent: any other one came after.
    const snapshot = await snapshotOnce(`${operation}:${input.requestId}:before`, timeoutMs, async () =>
      (await childrenOf(input.transactionIds))
        .filter((row) => settlementKind(row.status))
        .map((row) => row.id),
    );
    const known = new Set(snapshot.value);
    return await writeOnce<Done, Failure, SettleHoldsResult>(operation, input.requestId, actor, {
      // The bulk call, or up to 100 single ones on a Core without it.
      timeouts: 4,
      lookup: () => findOwnSettlements(input, known),
      attempt: (who) => attemptBatch(input, known, snapshot.replayed, who),
      done: (settled, wasRetry) => ({ ok: true, data: { ...settled, wasRetry } }),
      inDoubt: { ok: false, error: MESSAGES.inDoubt, inDoubt: true },
    });
  } catch (error) {
    return fail(refusalText(error, `${operation}_failed`, MESSAGES.unexpected));
  }
}

/** One attempt entry per hold, before anything is sent; null (and nothing sent) when one cannot be stored. */
async function recordAttempts(who: AuditActor, input: SettleHoldsInput) {
  const attempts: StoredAuditEntry[] = [];
  for (const holdId of input.transactionIds) {
    const attempt = await auditAttempt(who, {
      action: `transaction.bulk_${input.action}`,
      recordType: "transaction",
      recordId: holdId,
      request: { transactionId: holdId, status: input.action, requestId: input.requestId },
    });
    if (!attempt) {
      for (const recorded of attempts) await auditOutcome(who, recorded, "not_sent");
      return null;
    }
    attempts.push(attempt);
  }
  return attempts;
}

async function attemptBatch(
  input: SettleHoldsInput,
  known: ReadonlySet<string>,
  isRepeat: boolean,
  who: AuditActor,
): Promise<Attempt<Done, Failure>> {
  const attempts = await recordAttempts(who, input);
  if (!attempts) return { kind: "failed", failure: fail(AUDIT_UNAVAILABLE) };
  let sent: { answers: Answer[]; via: Done["via"] };
  try {
    sent = await send(input);
  } catch (error) {
    const unknown = mayHaveBeenApplied(error);
    const code = unknown
      ? "unknown"
      : error instanceof BlnkError
        ? error.code || `HTTP_${error.status}`
        : "error";
    for (const attempt of attempts) await auditOutcome(who, attempt, code);
    if (unknown) return { kind: "unknown", failure: fail(MESSAGES.inDoubt) };
    return {
      kind: "failed",
      failure: fail(refusalText(error, `bulk_${input.action}_refused`, MESSAGES.unexpected)),
    };
  }
  // Only the links to the new rows depend on this read: without it the results stand, unlinked.
  const made = await orFallback(() => newSettlements(input, known), new Map<string, string>());
  const results = sent.answers.map((answer): HoldOutcome => {
    const transactionId = made.get(answer.holdId) ?? null;
    // A repeat of a batch whose first answer never came: Core refuses what the first one did already.
    if (answer.outcome !== "done" && isRepeat && transactionId)
      return { ...answer, outcome: "done", code: null, message: null, transactionId };
    return { ...answer, transactionId: answer.outcome === "done" ? transactionId : null };
  });
  for (const [index, attempt] of attempts.entries()) {
    const result = results[index];
    const outcome =
      result?.outcome === "done" ? "ok" : result?.outcome === "unknown" ? "unknown" : result?.code;
    await auditOutcome(who, attempt, outcome ?? "error", result?.transactionId);
  }
  return { kind: "done", value: { action: input.action, results, via: sent.via } };
}

/** The bulk route where the server has it; one PUT per hold on a Core without it (gin's plain 404). */
async function send(input: SettleHoldsInput): Promise<{ answers: Answer[]; via: Done["via"] }> {
  try {
    const answer = await bulkInflight(input.action, input.transactionIds);
    const byId = new Map(answer.results.map((result) => [result.transactionId, result]));
    const answers = input.transactionIds.map((holdId): Answer => {
      const result = byId.get(holdId);
      if (!result) return { holdId, outcome: "unknown", code: null, message: MESSAGES.noAnswer };
      const isDone = result.status === "succeeded" || result.status === "queued";
      return {
        holdId,
        outcome: isDone ? "done" : "refused",
        code: result.code,
        message: isDone ? null : (result.message ?? result.code ?? "Blnk refused this hold."),
      };
    });
    return { answers, via: "bulk" };
  } catch (error) {
    if (!(error instanceof BlnkError) || !error.isMissingEndpoint) throw error;
  }
  const answers: Answer[] = [];
  for (const holdId of input.transactionIds) {
    try {
      await updateInflight(holdId, { status: input.action });
      answers.push({ holdId, outcome: "done", code: null, message: null });
    } catch (error) {
      if (mayHaveBeenApplied(error))
        answers.push({ holdId, outcome: "unknown", code: null, message: MESSAGES.noAnswer });
      else answers.push({ holdId, outcome: "refused", ...coreReason(error) });
    }
  }
  return { answers, via: "one_by_one" };
}

/** Each hold's commit or void that was not there before the batch: hold ID → the new row's ID. */
async function newSettlements(
  input: SettleHoldsInput,
  known: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const made = new Map<string, string>();
  for (const row of await namedChildrenOf(input.transactionIds)) {
    if (!row.parentTransaction || known.has(row.id) || settlementKind(row.status) !== input.action) continue;
    made.set(row.parentTransaction, row.id);
  }
  return made;
}

/** For a batch in doubt: done once every hold has a new commit or void; until then, not known. */
async function findOwnSettlements(input: SettleHoldsInput, known: ReadonlySet<string>): Promise<Done | null> {
  const made = await newSettlements(input, known);
  if (!input.transactionIds.every((id) => made.has(id))) return null;
  const results = input.transactionIds.map(
    (holdId): HoldOutcome => ({
      holdId,
      outcome: "done",
      code: null,
      message: null,
      transactionId: made.get(holdId) ?? null,
    }),
  );
  return { action: input.action, results, via: "bulk" };
}
