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

/**
 * Parses JSON text straight into a RawJson tree: keys in the order of the text (a parsed JS object would put
 * integer-like keys such as "10" first), numbers as their source text. Throws SyntaxError on invalid JSON.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseRawJson(text: string): RawJson {
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at position ${at}`);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at++;
  };
  const stringToken = (): string => {
    if (text.charAt(at) !== '"') return fail("expected a string");
    let end = at + 1;
    while (end < text.length && text.charAt(end) !== '"') end += text.charAt(end) === "\\" ? 2 : 1;
    if (end >= text.length) return fail("unterminated string");
    // JSON.parse checks the escapes and refuses raw control characters.
    const token = text.slice(at, end + 1);
    at = end + 1;
    return JSON.parse(token) as string;
  };
  const value = (): RawJson => {
    space();
    const char = text.charAt(at);
    if (char === "{") {
      at++;
      const entries: [string, RawJson][] = [];
      space();
      if (text.charAt(at) === "}") {
        at++;
        return { type: "object", entries };
      }
      for (;;) {
        space();
        const key = stringToken();
        space();
        if (text.charAt(at++) !== ":") fail("expected ':'");
        entries.push([key, value()]);
        space();
        const next = text.charAt(at++);
        if (next === "}") return { type: "object", entries };
        if (next !== ",") fail("expected ',' or '}'");
      }
    }
    if (char === "[") {
      at++;
      const items: RawJson[] = [];
      space();
      if (text.charAt(at) === "]") {
        at++;
        return { type: "array", items };
      }
      for (;;) {
        items.push(value());
        space();
        const next = text.charAt(at++);
        if (next === "]") return { type: "array", items };
        if (next !== ",") fail("expected ',' or ']'");
      }
    }
    if (char === '"') return { type: "string", value: stringToken() };
    for (const [word, node] of [
      ["true", { type: "boolean", value: true }],
      ["false", { type: "boolean", value: false }],
      ["null", { type: "null" }],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return node;
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (!number) return fail("unexpected character");
    at += number[0].length;
    return { type: "number", text: number[0] };
  };
  const tree = value();
  space();
  if (at !== text.length) fail("unexpected text after the value");
  return tree;
}
