import "server-only";
import {
  type Balance,
  BlnkError,
  getBalance,
  getBalanceByIndicator,
  getTransactionByReference,
  orNullIfMissing,
} from "@/lib/blnk";
import type { RecordTransactionInput, TransactionPreview } from "@/lib/blnk/transaction-writes";

// A preview for a Core without dry runs (0.15.2 and older): the two balances as they stand, and what Core's
// posting rules would make of them (model/model.go canProcessTransaction; commit and void as in
// model.Balance). Shaped like Core's own dry-run answer so both paths are shown the same way; the caller
// marks it an estimate, since another write may land between this read and the real one.

export class PartyNotFound extends Error {
  constructor(readonly role: "source" | "destination") {
    super(`no ${role} balance`);
  }
}

/**
 * The party a Blnk "not found" is about. Core answers a balance ID it cannot find with "Balance with ID '<id>'
 * not found" (404): BAL_NOT_FOUND, or TXN_NOT_FOUND where POST /transactions and its dry run upgrade
 * GEN_NOT_FOUND (api/transactions.go QueueTransaction, respondPreview). Null for any other error.
 */
export function missingParty(
  error: unknown,
  parties: { source: string; destination: string },
): "source" | "destination" | null {
  if (!(error instanceof BlnkError) || !error.isMissingRecord) return null;
  if (error.message.includes(`'${parties.destination}'`)) return "destination";
  if (error.message.includes(`'${parties.source}'`)) return "source";
  return null;
}

type Standing = {
  id: string;
  virtual: boolean;
  balance: bigint;
  inflightCredit: bigint;
  inflightDebit: bigint;
};

async function standing(id: string, currency: string, role: "source" | "destination"): Promise<Standing> {
  try {
    const balance: Balance = id.startsWith("@")
      ? await getBalanceByIndicator(id, currency)
      : await getBalance(id);
    return {
      id: balance.id,
      virtual: false,
      balance: balance.balance,
      inflightCredit: balance.inflightCreditBalance,
      inflightDebit: balance.inflightDebitBalance,
    };
  } catch (error) {
    // A handler's 404 only: gin's plain-text 404 (no such route, e.g. a path prefix in BLNK_URL) says nothing
    // about the balance, and must not turn an existing @indicator into a new, empty one.
    if (!(error instanceof BlnkError) || !error.isMissingRecord) throw error;
    // Core creates an @indicator's balance on first use, from zero; a balance ID that is not there is an error.
    if (!id.startsWith("@")) throw new PartyNotFound(role);
    return { id, virtual: true, balance: 0n, inflightCredit: 0n, inflightDebit: 0n };
  }
}

const projection = (role: "source" | "destination", before: Standing, after: Standing) => ({
  balanceId: before.id,
  role,
  virtual: before.virtual,
  before: {
    balance: before.balance,
    inflight: before.inflightCredit - before.inflightDebit,
    available: before.balance - before.inflightDebit,
  },
  after: { balance: after.balance, inflight: after.inflightCredit - after.inflightDebit },
});

/** The balances before and after `request`, and Core's insufficient-funds refusal when it would give one. */
export async function estimateRecord(request: RecordTransactionInput): Promise<TransactionPreview> {
  const [source, destination, taken] = await Promise.all([
    standing(request.source, request.currency, "source"),
    standing(request.destination, request.currency, "destination"),
    // Core's dry run also reports a reference in use; the estimate asks for it the same way a retry does.
    orNullIfMissing(() => getTransactionByReference(request.reference)),
  ]);
  const amount = request.preciseAmount;
  const available = source.balance - source.inflightDebit;
  const funded = request.allowOverdraft || available >= amount;
  const covered = funded && taken === null;
  const sourceAfter = request.inflight
    ? { ...source, inflightDebit: source.inflightDebit + amount }
    : { ...source, balance: source.balance - amount };
  const destinationAfter = request.inflight
    ? { ...destination, inflightCredit: destination.inflightCredit + amount }
    : { ...destination, balance: destination.balance + amount };
  return {
    wouldApply: covered,
    rejection: !funded
      ? { code: "TXN_INSUFFICIENT_FUNDS", message: "insufficient funds in source balance" }
      : taken
        ? { code: "TXN_DUPLICATE_REFERENCE", message: "reference has already been used" }
        : null,
    status: covered ? (request.inflight ? "INFLIGHT" : "APPLIED") : null,
    balances: [
      projection("source", source, covered ? sourceAfter : source),
      projection("destination", destination, covered ? destinationAfter : destination),
    ],
    notes: [],
  };
}
