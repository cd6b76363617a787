/**
 * Who may do what. Viewer reads; Auditor reads everything, Settings and the audit log included, and writes
 * nothing; Operator also creates balances; Admin also manages users. In this order, each write needs
 * Operator or more, so an Auditor makes none; the pages Admins oversee are opened by `"oversight"` (below).
 */
export const ROLES = ["viewer", "auditor", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  auditor: "Auditor",
  operator: "Operator",
  admin: "Admin",
};

/** What a page or action needs: at least a role, or `"oversight"`: Admin or Auditor (Settings, the audit log). */
export type Access = Role | "oversight";

export function hasAccess(actual: unknown, needed: Access): boolean {
  if (needed === "oversight") return actual === "admin" || actual === "auditor";
  return hasRole(actual, needed);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `actual` (as stored on the user, possibly missing or unknown) grants at least `needed`. */
export function hasRole(actual: unknown, needed: Role): boolean {
  return isRole(actual) && ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}

/**
 * `OIDC_ROLE_MAP`: comma-separated `claim value=role` pairs, e.g. `ledger-admins=admin,finance-ops=operator`.
 * Throws with the bad entry named, so a typo stops the server at start-up instead of locking people out.
 */
export function parseRoleMap(text: string | undefined): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const entry of (text ?? "").split(",")) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const at = trimmed.lastIndexOf("=");
    const value = at > 0 ? trimmed.slice(0, at).trim() : "";
    const role =
      at > 0
        ? trimmed
            .slice(at + 1)
            .trim()
            .toLowerCase()
        : "";
    if (!value || !isRole(role)) {
      throw new Error(`OIDC_ROLE_MAP: "${trimmed}" is not "claim value=viewer|auditor|operator|admin"`);
    }
    map.set(value, role);
  }
  return map;
}

/**
 * The role an OIDC sign-in gets from its claim (a string or a list of strings, as groups usually are): the
 * highest role any value maps to. Without a map, values that are role names count as themselves.
 */
export function roleFromClaim(claim: unknown, map: Map<string, Role>, fallback: Role): Role {
  const values = Array.isArray(claim) ? claim : claim === undefined || claim === null ? [] : [claim];
  let best: Role | undefined;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const role =
      map.size > 0 ? map.get(value) : isRole(value.toLowerCase()) ? (value.toLowerCase() as Role) : undefined;
    if (role && (!best || ROLES.indexOf(role) > ROLES.indexOf(best))) best = role;
  }
  return best ?? fallback;
}
