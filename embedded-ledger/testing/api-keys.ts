// Test-only: a test ledger in secure mode, and scoped API keys made through its real HTTP API with the master
// key (`POST /api-keys`), so a test can call any route as a key with exactly the scopes it names.
import type { LedgerOptions } from "../app";
import { startTestLedger, type TestLedger } from "./ledger";

export const TEST_MASTER_KEY = "test-master-key-4c1e";
export const TEST_KEY_OWNER = "owner_test";

/** Core's model.APIKey as POST /api-keys returns it (`key` is the plain key, shown only then). */
export type ApiKeyJson = {
  api_key_id: string;
  key: string;
  name: string;
  owner_id: string;
  scopes: string[];
  expires_at: string;
  created_at: string;
  last_used_at: string;
  is_revoked: boolean;
  revoked_at?: string;
};

export type ApiKeyOptions = {
  /** Default TEST_KEY_OWNER. */
  owner?: string;
  name?: string;
  /** RFC 3339; default a day from now. A past time makes a key that is expired from the start. */
  expiresAt?: string;
};

type CallResult = Awaited<ReturnType<TestLedger["call"]>>;
type Caller = (method: string, route: string, body?: string) => Promise<CallResult>;

/** `ledger.call` with `X-Blnk-Key: key` on every request. */
export function callerWithKey(ledger: TestLedger, key: string): Caller {
  return (method, route, body) => ledger.call(method, route, body, { "X-Blnk-Key": key });
}

/** Creates an API key with `scopes` through `POST /api-keys`, authenticated by `masterKey`; throws unless 201. */
export async function createApiKey(
  ledger: TestLedger,
  masterKey: string,
  scopes: string[],
  options: ApiKeyOptions = {},
): Promise<ApiKeyJson> {
  const body = {
    name: options.name ?? `test key ${scopes.join(" ")}`,
    scopes,
    owner: options.owner ?? TEST_KEY_OWNER,
    expires_at: options.expiresAt ?? new Date(Date.now() + 86_400_000).toISOString(),
  };
  const response = await callerWithKey(ledger, masterKey)("POST", "/api-keys", JSON.stringify(body));
  if (response.status !== 201) throw new Error(`POST /api-keys: ${response.status} ${response.text}`);
  return JSON.parse(response.text) as ApiKeyJson;
}

export type SecureTestLedger = TestLedger & {
  masterKey: string;
  /** A call with the master key. */
  asMaster: Caller;
  /** A call with the given key (any text: an API key, a wrong key). */
  asKey(key: string): Caller;
  /** A new API key with these scopes, made with the master key. */
  newApiKey(scopes: string[], options?: ApiKeyOptions): Promise<ApiKeyJson>;
  /** A new API key with these scopes and a caller that sends it. */
  keyCaller(scopes: string[], options?: ApiKeyOptions): Promise<{ apiKey: ApiKeyJson; call: Caller }>;
};

/** bcrypt's fewest rounds: a test key costs a millisecond to hash instead of a tenth of a second. */
export const TEST_HASH_COST = 4;

/**
 * startTestLedger in secure mode (master key TEST_MASTER_KEY and bcrypt cost TEST_HASH_COST unless given), with
 * the key helpers above.
 */
export async function startSecureTestLedger(
  options: Omit<LedgerOptions, "dataDir"> = {},
): Promise<SecureTestLedger> {
  const masterKey = options.secretKey ?? TEST_MASTER_KEY;
  const ledger = await startTestLedger({ apiKeyHashCost: TEST_HASH_COST, ...options, secretKey: masterKey });
  return {
    ...ledger,
    masterKey,
    asMaster: callerWithKey(ledger, masterKey),
    asKey: (key) => callerWithKey(ledger, key),
    newApiKey: (scopes, keyOptions) => createApiKey(ledger, masterKey, scopes, keyOptions),
    async keyCaller(scopes, keyOptions) {
      const apiKey = await createApiKey(ledger, masterKey, scopes, keyOptions);
      return { apiKey, call: callerWithKey(ledger, apiKey.key) };
    },
  };
}
