// What Blnk's record IDs look like, in one place for the server and the browser (no server-only code here).

/** Core's General Ledger has this fixed ID instead of an `ldg_…` one. */
export const GENERAL_LEDGER_ID = "general_ledger_id";

/** Any ID Ledger Desk passes on to Blnk: anything else never reaches it. */
export const RECORD_ID = /^[\w-]{1,200}$/;

const LEDGER_ID_TEXT = /^ldg_[\w-]+$/;
const IDENTITY_ID_TEXT = /^idt_[\w-]+$/;

/** Text a person pasted that is a ledger ID rather than a name to search for. */
export const isLedgerIdText = (text: string) => LEDGER_ID_TEXT.test(text) || text === GENERAL_LEDGER_ID;
/** Text a person pasted that is an identity ID rather than a name or email to search for. */
export const isIdentityIdText = (text: string) => IDENTITY_ID_TEXT.test(text);
