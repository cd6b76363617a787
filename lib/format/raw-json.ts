import { isLosslessNumber } from "lossless-json";

/*
 * A record exactly as Blnk sent it, for the "Tree view" and "JSON" tabs: every number kept as its source text
 * (so a 40-digit precise_amount shows every digit, and 1.50 stays 1.50), keys in Blnk's order. Plain data, so it
 * crosses from the server to the browser as it is.
 */
export type RawJson =
  | { type: "object"; entries: [string, RawJson][] }
  | { type: "array"; items: RawJson[] }
  | { type: "string"; value: string }
  | { type: "number"; text: string }
  | { type: "boolean"; value: boolean }
  | { type: "null" };

/** From lossless-json's parse result (numbers as LosslessNumber) to a RawJson tree. */
export function toRawJson(value: unknown): RawJson {
  if (isLosslessNumber(value)) return { type: "number", text: value.value };
  if (typeof value === "number") return { type: "number", text: String(value) };
  if (typeof value === "bigint") return { type: "number", text: value.toString() };
  if (typeof value === "string") return { type: "string", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  if (Array.isArray(value)) return { type: "array", items: value.map(toRawJson) };
  if (value && typeof value === "object") {
    return { type: "object", entries: Object.entries(value).map(([key, item]) => [key, toRawJson(item)]) };
  }
  return { type: "null" };
}

const INDENT = "  ";

/** Pretty JSON text of the tree (2-space indent), numbers written as Blnk wrote them. */
export function rawJsonText(node: RawJson, depth = 0): string {
  const pad = INDENT.repeat(depth + 1);
  const close = INDENT.repeat(depth);
  switch (node.type) {
    case "number":
      return node.text;
    case "string":
      return JSON.stringify(node.value);
    case "boolean":
      return String(node.value);
    case "null":
      return "null";
    case "array":
      if (node.items.length === 0) return "[]";
      return `[\n${node.items.map((item) => `${pad}${rawJsonText(item, depth + 1)}`).join(",\n")}\n${close}]`;
    case "object":
      if (node.entries.length === 0) return "{}";
      return `{\n${node.entries
        .map(([key, item]) => `${pad}${JSON.stringify(key)}: ${rawJsonText(item, depth + 1)}`)
        .join(",\n")}\n${close}}`;
  }
}
