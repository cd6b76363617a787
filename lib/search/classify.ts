import { GENERAL_LEDGER_ID } from "@/lib/blnk/ids";

// What a person typed or pasted into the command palette, read the same way in the browser (what to ask)
// and on the server (what to look up). No server-only code here.

export type TextKind =
  | "empty"
  | "balance-id"
  | "ledger-id"
  | "identity-id"
  | "transaction-id"
  | "indicator"
  /** Anything else: a name to search for, and (without spaces) possibly a transaction reference. */
  | "text";

/** The longest text looked up: longer is no ID, reference or name of Blnk's. */
export const MAX_LOOKUP_LENGTH = 200;

const PREFIXES: Array<[RegExp, TextKind]> = [
  [/^bln_[\w-]+$/, "balance-id"],
  [/^ldg_[\w-]+$/, "ledger-id"],
  [/^idt_[\w-]+$/, "identity-id"],
  [/^txn_[\w-]+$/, "transaction-id"],
  [/^@\S+$/, "indicator"],
];

export function classifyText(text: string): TextKind {
  const trimmed = text.trim();
  if (trimmed === "") return "empty";
  if (trimmed === GENERAL_LEDGER_ID) return "ledger-id";
  return PREFIXES.find(([pattern]) => pattern.test(trimmed))?.[1] ?? "text";
}

/** A reference is looked up for text without spaces (references Ledger Desk writes never have any). */
export const mayBeReference = (text: string) => /^\S+$/.test(text.trim());

/** What the palette says when text that reads as an ID names nothing. */
export const UNKNOWN_RECORD: Record<Exclude<TextKind, "empty" | "text">, string> = {
  "balance-id": "No balance has this ID.",
  "ledger-id": "No ledger has this ID.",
  "identity-id": "No identity has this ID.",
  "transaction-id": "No transaction has this ID.",
  indicator: "No balance has this indicator.",
};
