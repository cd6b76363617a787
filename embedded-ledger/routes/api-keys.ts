// API keys (blnk-api.md §2): Core's handlers in api/apikeys.go over database/api_key.go. The master key manages
// any owner's keys but must name the owner; an API key (with `api-keys:<action>`) manages only its own owner's
// keys and cannot grant a scope it does not hold. With secure mode off no caller is known, so every call fails.
import { bindBody, GoBindError, type GoStruct, goString, goTime, isPlainObject } from "../http/bind";
import { CoreError } from "../http/errors";
import type { LedgerApp, Principal, Request } from "../http/request";
import { reply } from "../http/request";
import { canGrantScopes } from "../http/scopes";
import { handle } from "../http/server";
import { createApiKey, type HashCost, listApiKeys, revokeApiKey, toApiKeyJson } from "../models/api-key";
import { parseGoTime } from "../models/identity-time";
import type { LedgerContext } from "../storage/context";

/** api/model/api_key.go CreateAPIKeyRequest: every field `binding:"required"`. */
const CREATE_API_KEY: GoStruct = {
  name: "CreateAPIKeyRequest",
  goType: "model.CreateAPIKeyRequest",
  fields: {
    name: goString,
    scopes: { type: { kind: "slice", goType: "[]string", elem: { kind: "string" } }, goType: "[]string" },
    owner: goString,
    expires_at: goTime,
  },
};

const malformed = (message: string) => new CoreError(400, "GEN_MALFORMED_REQUEST", message);

/** The validator's text for a failed `required` (go-playground FieldError.Error()). */
const required = (field: string) =>
  `Key: 'CreateAPIKeyRequest.${field}' Error:Field validation for '${field}' failed on the 'required' tag`;

/**
 * Go's decoder stops at the first time.Time it cannot decode but only remembers a type mismatch and goes on,
 * so a bad `expires_at` is the error Core reports even after a wrongly typed field.
 */
function expiresAtError(body: unknown): string | null {
  if (!isPlainObject(body)) return null;
  for (const [key, value] of Object.entries(body)) {
    if (key.toLowerCase() !== "expires_at" || value === null) continue;
    if (typeof value !== "string") return "Time.UnmarshalJSON: input is not a JSON string";
    try {
      parseGoTime(value);
    } catch (error) {
      if (error instanceof GoBindError) return error.message;
      throw error;
    }
  }
  return null;
}

/** `c.ShouldBindJSON(&req)` for CreateAPIKeyRequest: decoding, then the `required` checks in field order. */
function bindCreate(request: Request) {
  if (request.rawBody.trim() !== "") {
    let parsed: unknown;
    try {
      parsed = request.json();
    } catch {
      parsed = undefined; // bindBody reports the parse error
    }
    const timeError = expiresAtError(parsed);
    if (timeError) throw malformed(timeError);
  }
  const body = bindBody(request, CREATE_API_KEY);
  const name = typeof body.name === "string" ? body.name : "";
  const owner = typeof body.owner === "string" ? body.owner : "";
  // A JSON null element decodes to Go's zero string.
  const scopes = Array.isArray(body.scopes) ? body.scopes.map((scope) => (scope ?? "") as string) : null;
  const expiresAt = typeof body.expires_at === "string" ? parseGoTime(body.expires_at) : null;
  const failed = [
    name === "" && "Name",
    scopes === null && "Scopes",
    owner === "" && "Owner",
    expiresAt === null && "ExpiresAt",
  ].filter((field): field is string => typeof field === "string");
  if (failed.length > 0 || scopes === null || expiresAt === null) {
    throw malformed(failed.map(required).join("\n"));
  }
  return { name, owner, scopes, expiresAt };
}

/**
 * resolveAPIKeyOwner (api/apikeys.go:39-58) for routes where the master key must name the owner (all three):
 * an API key acts for its own owner and may not name another.
 */
function ownerFor(principal: Principal, requested: string): string {
  if (principal.kind === "master") {
    if (requested === "") throw new CoreError(400, "APIKEY_OWNER_REQUIRED", "owner is required");
    return requested;
  }
  if (principal.kind !== "apiKey") {
    throw new CoreError(401, "AUTH_MISSING_PRINCIPAL", "authenticated API key principal missing");
  }
  if (requested !== "" && requested !== principal.ownerId) {
    throw new CoreError(403, "AUTH_CROSS_OWNER_ACCESS", "cannot manage API keys for another owner");
  }
  return principal.ownerId;
}

async function createKey(ctx: LedgerContext, request: Request, options: HashCost) {
  const input = bindCreate(request);
  const ownerId = ownerFor(request.principal, input.owner);
  // validateGrantedScopes (api/apikeys.go:60-74): the master key grants anything.
  const { principal } = request;
  if (principal.kind === "apiKey" && !canGrantScopes(principal.scopes, input.scopes)) {
    throw new CoreError(403, "AUTH_SCOPE_ESCALATION", "cannot grant scopes broader than caller");
  }
  const created = await createApiKey(ctx.db, { ...input, ownerId }, options);
  return reply(201, toApiKeyJson(created.row, created.key));
}

async function revokeKey(ctx: LedgerContext, request: Request) {
  const ownerId = ownerFor(request.principal, request.query.get("owner") ?? "");
  // Another owner's key is "not found" too: Core looks the key up by ID and owner together.
  if (!(await revokeApiKey(ctx.db, request.params.id ?? "", ownerId))) {
    throw new CoreError(404, "APIKEY_NOT_FOUND", "API key not found");
  }
  return { status: 204, empty: true } as const;
}

export function registerApiKeysRoutes(app: LedgerApp, ctx: LedgerContext, options: HashCost = {}) {
  app.post(
    "/api-keys",
    handle((request) => createKey(ctx, request, options)),
  );

  app.get(
    "/api-keys",
    handle(async (request) => {
      const ownerId = ownerFor(request.principal, request.query.get("owner") ?? "");
      return reply(200, await listApiKeys(ctx.db, ownerId));
    }),
  );

  app.delete(
    "/api-keys/:id",
    handle((request) => revokeKey(ctx, request)),
  );
}
