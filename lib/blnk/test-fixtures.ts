// Test-only: Core-shaped response bodies as raw JSON TEXT (blnk-api.md §4), so big numbers are bare digits
// exactly as Go's big.Int writes them. Field order follows Core's structs.

export const LEDGER_ID = "ldg_5f3c2a1e-8b7d-4c6e-9a0f-1b2c3d4e5f60";
export const BALANCE_ID = "bln_0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
export const IDENTITY_ID = "idt_7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";

/** GET /balances/:id on Core 0.15: every column real, amounts beyond 2^53 and beyond 10^40. */
export const balanceByIdJson = `{"balance":123456789012345678901234567890,"version":3,
"inflight_balance":-9007199254740993,"credit_balance":123456789012345678901234567890,
"inflight_credit_balance":0,"debit_balance":0,"inflight_debit_balance":9007199254740993,
"ledger_id":"${LEDGER_ID}","identity_id":"${IDENTITY_ID}","balance_id":"${BALANCE_ID}","currency":"USD",
"created_at":"2026-08-22T10:00:00.123456Z","inflight_expires_at":"2026-09-01T00:00:00Z",
"meta_data":{"customer":"acme","huge":10000000000000000000000000000000000000001,"rate":0.1},
"track_fund_lineage":true,"allocation_strategy":"LIFO"}`;

/** A list row: version 0, lineage columns not selected, no identity, no indicator, pre-0.15 multiplier. */
export const balanceListRowJson = `{"balance":10000000000000000000000000000000000000001,"version":0,
"inflight_balance":0,"credit_balance":10000000000000000000000000000000000000001,"inflight_credit_balance":0,
"debit_balance":0,"inflight_debit_balance":0,"currency_multiplier":100,"ledger_id":"${LEDGER_ID}",
"identity_id":"","balance_id":"bln_list_1","currency":"EUR","created_at":"2026-08-21T09:00:00Z",
"inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":null,"track_fund_lineage":false}`;

/** An internal balance row in the General Ledger, with a negative balance. */
export const worldBalanceRowJson = `{"balance":-9007199254740993,"version":0,"inflight_balance":0,
"credit_balance":0,"inflight_credit_balance":0,"debit_balance":9007199254740993,"inflight_debit_balance":0,
"ledger_id":"general_ledger_id","identity_id":"","balance_id":"bln_world","indicator":"@World",
"currency":"USD","created_at":"2026-08-20T08:00:00Z","inflight_expires_at":"0001-01-01T00:00:00Z",
"meta_data":{},"track_fund_lineage":false}`;

/** POST /balances 201 (derived from code in blnk-api.md §4.2). */
export const createdBalanceJson = `{"balance":0,"version":0,"inflight_balance":0,"credit_balance":0,
"inflight_credit_balance":0,"debit_balance":0,"inflight_debit_balance":0,"ledger_id":"${LEDGER_ID}",
"identity_id":"","balance_id":"bln_new","currency":"USD","created_at":"2026-08-22T10:00:00.123456789+01:00",
"inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":{"limit":100000000000000000000},
"track_fund_lineage":false,"allocation_strategy":"FIFO"}`;

export const ledgerJson = `{"ledger_id":"${LEDGER_ID}","name":"Customer Wallets",
"created_at":"2026-08-01T12:00:00Z","meta_data":{"region":"eu"}}`;

export const generalLedgerJson = `{"ledger_id":"general_ledger_id","name":"General Ledger",
"created_at":"2026-07-01T00:00:00Z","meta_data":{}}`;

export const individualJson = `{"identity_id":"${IDENTITY_ID}","identity_type":"individual",
"organization_name":"","category":"retail","first_name":"Ada","last_name":"Lovelace","other_names":"",
"gender":"female","email_address":"ada@example.com","phone_number":"+441234","nationality":"GB",
"street":"1 Analytical St","country":"GB","state":"London","post_code":"N1","city":"London",
"dob":"1815-12-10T00:00:00Z","created_at":"2026-08-01T12:00:00Z","meta_data":{"tier":2}}`;

export const organizationJson = `{"identity_id":"idt_org","identity_type":"organization",
"organization_name":"Acme Ltd","category":"","first_name":"Wile","last_name":"Coyote","other_names":"",
"gender":"","email_address":"ops@acme.test","phone_number":"","nationality":"","street":"","country":"",
"state":"","post_code":"","city":"","dob":"0001-01-01T00:00:00Z","created_at":"2026-08-02T12:00:00Z",
"meta_data":null}`;

/** The nested identity of ?include=identity: identity_type "" and meta_data null (not selected). */
export const nestedIdentityJson = `{"identity_id":"${IDENTITY_ID}","identity_type":"","organization_name":"",
"category":"","first_name":"Ada","last_name":"Lovelace","other_names":"","gender":"","email_address":"",
"phone_number":"","nationality":"","street":"","country":"","state":"","post_code":"","city":"",
"dob":"0001-01-01T00:00:00Z","created_at":"2026-08-01T12:00:00Z","meta_data":null}`;

/** The nested ledger of ?include=ledger: only ledger_id, name, created_at. */
export const nestedLedgerJson = `{"ledger_id":"${LEDGER_ID}","name":"Customer Wallets",
"created_at":"2026-08-01T12:00:00Z"}`;

export const appliedTransactionJson = `{"precise_amount":123456789012345678901234567890,"amount":1.2345678901234568e+27,
"amount_string":"1234567890123456789012345678.90","precision":100,"overdraft_limit":0,
"transaction_id":"txn_1","parent_transaction":"txn_0","source":"${BALANCE_ID}","destination":"@World",
"reference":"ref_1_q","currency":"USD","description":"payout","status":"APPLIED","hash":"abc",
"allow_overdraft":false,"inflight":false,"skip_queue":false,"atomic":false,
"created_at":"2026-08-22T10:00:00Z","scheduled_for":"0001-01-01T00:00:00Z",
"inflight_expiry_date":"0001-01-01T00:00:00Z","inflight_commit_date":"0001-01-01T00:00:00Z",
"meta_data":{"allow_overdraft":true}}`;

/** precise_amount omitted (omitempty): must be rebuilt exactly from amount_string × precision. */
export const transactionWithoutPreciseJson = `{"amount":-12.34,"amount_string":"-12.34","precision":100,
"overdraft_limit":0,"transaction_id":"txn_2","parent_transaction":"","source":"@World",
"destination":"${BALANCE_ID}","reference":"ref_2","currency":"USD","status":"INFLIGHT","hash":"",
"allow_overdraft":false,"inflight":true,"skip_queue":false,"atomic":false,"created_at":"2026-08-22T11:00:00Z",
"effective_date":"2026-08-21T00:00:00Z","scheduled_for":"0001-01-01T00:00:00Z",
"inflight_expiry_date":"0001-01-01T00:00:00Z","inflight_commit_date":"0001-01-01T00:00:00Z"}`;

/** Core's 404 for a balance a transaction names that it cannot find (GEN_NOT_FOUND upgraded to TXN_NOT_FOUND). */
export const transactionBalanceNotFoundJson = (id: string) =>
  `{"error":"Balance with ID '${id}' not found","error_detail":{"code":"TXN_NOT_FOUND","message":"Balance with ID '${id}' not found"}}`;
