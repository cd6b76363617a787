import "server-only";
import {
  BlnkError,
  type BlnkFilter,
  filterIdentities,
  GENERAL_LEDGER_ID,
  getIdentity,
  getLedger,
  type Identity,
  isGeneralLedger,
  type Ledger,
  listLedgers,
  orNullIfMissing,
} from "@/lib/blnk";
import { isIdentityIdText, isLedgerIdText } from "@/lib/blnk/ids";
import { planIdentitySearch } from "@/lib/identities/search-filters";
import { describeUnexpected } from "./create";

// The server side of the "Ledger" and "Identity" comboboxes in the create-balance form: a few suggestions
// per keystroke, or an exact lookup when an ID is pasted.

export interface LedgerOption {
  id: string;
  name: string;
  /** The General Ledger is listed but marked: application balances usually belong elsewhere. */
  isGeneral: boolean;
}

export interface IdentityOption {
  id: string;
  /** The person's or organization's name; "" when the identity has none. */
  name: string;
  email: string;
  type: string;
}

export const MAX_OPTIONS = 8;

const NEWEST_FIRST = { sortBy: "created_at", sortOrder: "desc", offset: 0, includeCount: false } as const;

/**
 * Up to 8 ledgers whose name contains `text` (any case), newest first, the General Ledger among them when its
 * name matches. A pasted ledger ID gives that ledger, or nothing if it does not exist. Empty text gives the 8
 * newest ledgers plus the General Ledger.
 */
export async function searchLedgers(text: string): Promise<LedgerOption[]> {
  const query = text.trim();
  if (isLedgerIdText(query)) {
    const ledger = await orNullIfMissing(() => getLedger(query));
    return ledger ? [toLedgerOption(ledger)] : [];
  }

  const page = await listLedgers({ ...NEWEST_FIRST, limit: MAX_OPTIONS, nameContains: query || undefined });
  const ledgers = page.items.slice(0, MAX_OPTIONS);
  // Core seeds the General Ledger first, so it is the oldest and falls off a full page of newer ledgers.
  // A short page already holds every match, so it is looked up only when the page is full.
  if (ledgers.length < MAX_OPTIONS || ledgers.some(isGeneralLedger)) return ledgers.map(toLedgerOption);
  const general = await orNullIfMissing(() => getLedger(GENERAL_LEDGER_ID));
  if (!general) return ledgers.map(toLedgerOption);
  if (query === "") return [...ledgers, general].map(toLedgerOption);
  if (!general.name.toLowerCase().includes(query.toLowerCase())) return ledgers.map(toLedgerOption);
  return [...ledgers.slice(0, MAX_OPTIONS - 1), general].map(toLedgerOption);
}

/**
 * Up to 8 identities by name or email (any case). Two or more words also match first + last name ("Ada
 * Quill"); those come first. A pasted identity ID gives that identity, or nothing. Empty text gives the newest.
 */
export async function searchIdentities(text: string): Promise<IdentityOption[]> {
  const query = text.trim();
  if (isIdentityIdText(query)) {
    const identity = await orNullIfMissing(() => getIdentity(query));
    return identity ? [toIdentityOption(identity)] : [];
  }
  if (query === "") {
    const page = await filterIdentities({ ...NEWEST_FIRST, limit: MAX_OPTIONS });
    return page.items.slice(0, MAX_OPTIONS).map(toIdentityOption);
  }

  // The same plan as the Identities search box: any field contains the text, and for two or more words
  // first + last name, listed first ("Ada Quill" is in no single column).
  const plan = planIdentitySearch(query);
  const search = (logicalOperator: "or" | "and", filters: BlnkFilter[]) =>
    filterIdentities({ ...NEWEST_FIRST, limit: MAX_OPTIONS, logicalOperator, filters });
  const anyField = plan.kind === "all" ? search("or", []) : search("or", plan.anyField);
  const fullName =
    plan.kind === "full-name-then-any-field"
      ? search("and", plan.fullName)
      : Promise.resolve({ items: [] as Identity[] });

  const [byField, byFullName] = await Promise.all([anyField, fullName]);
  const seen = new Set<string>();
  const merged: IdentityOption[] = [];
  for (const identity of [...byFullName.items, ...byField.items]) {
    if (seen.has(identity.id)) continue;
    seen.add(identity.id);
    merged.push(toIdentityOption(identity));
  }
  return merged.slice(0, MAX_OPTIONS);
}

/** Plain words for a failed search: what lib/blnk says for people, never Core's raw text. */
export function describeSearchFailure(error: unknown): string {
  if (error instanceof BlnkError) {
    switch (error.kind) {
      case "validation":
      case "conflict":
        return "Blnk could not run this search.";
      case "not_found":
        return error.isMissingEndpoint ? error.userMessage : "Blnk could not run this search.";
      default:
        return error.userMessage;
    }
  }
  return describeUnexpected(error, "create_balance_search_failed", "The search failed. Try again.");
}

export function toLedgerOption(ledger: Ledger): LedgerOption {
  return { id: ledger.id, name: ledger.name, isGeneral: isGeneralLedger(ledger) };
}

function toIdentityOption(identity: Identity): IdentityOption {
  // displayName falls back to the email and then the ID so a table row is never blank; an option shows
  // those separately, so here the name is only a name.
  const name = identity.displayName;
  const isName = name !== identity.email.trim() && name !== identity.id;
  return { id: identity.id, name: isName ? name : "", email: identity.email, type: identity.type };
}
