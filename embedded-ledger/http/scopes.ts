// Core's API-key scopes (api/middleware/scope.go, auth.go): `<resource>:<action>` strings, the resource taken
// from a request path's first segment and the action from its method, with `*` honoured as a whole resource or
// a whole action (`*:*`, `*:read`, `balances:*`), and nothing else wild.

/** Core's pathToResource (auth.go:50-63): the first path segment → resource. */
const PATH_RESOURCES = new Set([
  "ledgers",
  "balances",
  "accounts",
  "identities",
  "transactions",
  "balance-monitors",
  "hooks",
  "api-keys",
  "search",
  "reconciliation",
  "metadata",
  "backup",
]);

/** Core's special cases (auth.go:96-108): segments that name another resource. */
const ALIASES: Record<string, string> = {
  "mocked-account": "accounts",
  "multi-search": "search",
  "refund-transaction": "transactions",
};

/** Core's methodToAction (scope.go:53-60); any other method has no action, so no scope allows it. */
const METHOD_ACTIONS: Record<string, string> = {
  GET: "read",
  HEAD: "read",
  POST: "write",
  PUT: "write",
  PATCH: "write",
  DELETE: "delete",
};

/**
 * The resource a path belongs to, or "" when Core maps none (`/balances-snapshots`, `/{id}/metadata`, `/`):
 * getResourceFromPath (auth.go:89-116).
 */
export function resourceForPath(path: string): string {
  const first = path.replace(/^\//, "").split("/")[0] ?? "";
  const alias = Object.hasOwn(ALIASES, first) ? ALIASES[first] : undefined;
  if (alias) return alias;
  return PATH_RESOURCES.has(first) ? first : "";
}

/** The action a method needs, "" for methods Core does not map (OPTIONS, TRACE…). */
export function actionForMethod(method: string): string {
  return Object.hasOwn(METHOD_ACTIONS, method) ? (METHOD_ACTIONS[method] ?? "") : "";
}

/** Core's ParseScope (scope.go:68-74): exactly one colon, else no resource and no action. */
function parseScope(scope: string): [string, string] {
  const parts = scope.split(":");
  return parts.length === 2 ? [parts[0] ?? "", parts[1] ?? ""] : ["", ""];
}

/** HasPermission (scope.go:77-102): some scope names the resource (or `*`) and the action (or `*`). */
export function hasPermission(scopes: readonly string[], resource: string, method: string): boolean {
  const action = actionForMethod(method);
  if (action === "") return false;
  return scopes.some((scope) => {
    const [scopeResource, scopeAction] = parseScope(scope);
    if (scopeResource !== "*" && scopeResource !== resource) return false;
    return scopeAction === "*" || scopeAction === action;
  });
}

/** ScopeCovers (scope.go:105-122): whether a held scope is at least as broad as a requested one. */
export function scopeCovers(granted: string, requested: string): boolean {
  const [grantedResource, grantedAction] = parseScope(granted);
  const [requestedResource, requestedAction] = parseScope(requested);
  if (!grantedResource || !grantedAction || !requestedResource || !requestedAction) return false;
  if (grantedResource !== "*" && grantedResource !== requestedResource) return false;
  return grantedAction === "*" || grantedAction === requestedAction;
}

/** CanGrantScopes (scope.go:125-142): every requested scope is covered by one the caller holds. */
export function canGrantScopes(callerScopes: readonly string[], requested: readonly string[]): boolean {
  return requested.every((scope) => callerScopes.some((held) => scopeCovers(held, scope)));
}
