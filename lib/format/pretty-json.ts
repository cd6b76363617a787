/*
 * Metadata comes out of lib/blnk with integers beyond 2^53 as bigint (so no digit is lost), which
 * JSON.stringify refuses. This prints the same layout as JSON.stringify(value, null, 2), writing a bigint as
 * its bare digits: what Blnk stored, not a string and not a rounded double.
 */

const INDENT = "  ";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Like JSON.stringify's handling of undefined, functions and symbols: left out of objects. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function print(value: unknown, depth: number, seen: Set<object>): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (value === null || isOmitted(value)) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value !== "object") return "null";
  if (seen.has(value)) throw new TypeError("Cannot print a circular structure as JSON");

  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      if (value.length === 0) return "[]";
      const items = value.map((item) => `${pad}${print(item, depth + 1, seen)}`);
      return `[\n${items.join(",\n")}\n${close}]`;
    }
    const entries = isRecord(value) ? Object.entries(value).filter(([, item]) => !isOmitted(item)) : [];
    if (entries.length === 0) return "{}";
    const lines = entries.map(
      ([key, item]) => `${pad}${JSON.stringify(key)}: ${print(item, depth + 1, seen)}`,
    );
    return `{\n${lines.join(",\n")}\n${close}}`;
  } finally {
    seen.delete(value);
  }
}

/** Pretty JSON (2-space indent) that keeps bigint values exact. */
export function prettyJson(value: unknown): string {
  return print(value, 0, new Set());
}

/** A record's metadata as the details pages show it: pretty JSON, or null when there is none (or only `{}`). */
export function metadataJson(metadata: Record<string, unknown> | null): string | null {
  return metadata && Object.keys(metadata).length > 0 ? prettyJson(metadata) : null;
}
