// Test-only: scoped API keys on the embedded ledger run as its own process (ledger-process.ts), made through
// its real HTTP API (`POST /api-keys`) with the master key, and calls that send such a key. lib/ may not import
// embedded-ledger/, so this speaks HTTP only.

/** The parts of Core's APIKey a test needs; `key` is the plain key (what `X-Blnk-Key` or BLNK_API_KEY takes). */
export type ScopedApiKey = { apiKeyId: string; key: string; ownerId: string; scopes: string[] };

export type ApiKeyOptions = {
  /** Default "owner_test". */
  owner?: string;
  name?: string;
  /** RFC 3339; default a day from now. A past time makes a key that is expired from the start. */
  expiresAt?: string;
};

/** A master-key JSON call that throws on a non-2xx answer, as LedgerProcess.call is. */
type MasterCall = (method: string, route: string, body?: unknown) => Promise<unknown>;

/** Creates a key with `scopes` through `masterCall` (LedgerProcess.call). */
export async function newApiKey(
  masterCall: MasterCall,
  scopes: string[],
  options: ApiKeyOptions = {},
): Promise<ScopedApiKey> {
  const created = (await masterCall("POST", "/api-keys", {
    name: options.name ?? `test key ${scopes.join(" ")}`,
    scopes,
    owner: options.owner ?? "owner_test",
    expires_at: options.expiresAt ?? new Date(Date.now() + 86_400_000).toISOString(),
  })) as { api_key_id: string; key: string; owner_id: string; scopes: string[] };
  return {
    apiKeyId: created.api_key_id,
    key: created.key,
    ownerId: created.owner_id,
    scopes: created.scopes,
  };
}

/** One call to the ledger at `url` with `X-Blnk-Key: key`; any status comes back (nothing is thrown for it). */
export async function callWithKey(
  url: string,
  key: string,
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { "content-type": "application/json", "x-blnk-key": key },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}
