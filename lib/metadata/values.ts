import { isLosslessNumber, isSafeNumber, LosslessNumber, parse } from "lossless-json";
import { stringifyJson } from "@/lib/blnk/json";

// A metadata value as a person types it: text, a number, a boolean or any JSON, each checked and turned into
// the exact JSON Blnk stores. Numbers are sent as typed (a LosslessNumber is written back as its own text),
// and refused when Core could not keep them: Core reads meta_data into Go's float64, so 2^53 + 1 or a
// 30-digit account number would come back changed. Such a value is text, and the message says so.

export const METADATA_TYPES = ["text", "number", "boolean", "json"] as const;
export type MetadataType = (typeof METADATA_TYPES)[number];

export const METADATA_TYPE_LABELS: Record<MetadataType, string> = {
  text: "Text",
  number: "Number",
  boolean: "Boolean",
  json: "JSON",
};

/** JSON's own number grammar: what Blnk (Go's encoding/json) reads as a number. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Keys that would reach an object's prototype when assigned; never accepted inside a JSON value. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Deeper than this is not metadata a person types; it also keeps the checks below cheap. */
const MAX_DEPTH = 16;

export type ParsedValue = { ok: true; value: unknown } | { ok: false; message: string };

/** The value of one metadata row, checked for its type. */
export function parseMetadataValue(type: MetadataType | undefined, text: string): ParsedValue {
  switch (type ?? "text") {
    case "text":
      return { ok: true, value: text };
    case "number": {
      const trimmed = text.trim();
      if (trimmed === "") return { ok: false, message: "Enter a number." };
      if (!JSON_NUMBER.test(trimmed))
        return {
          ok: false,
          message: "Enter a number such as 42, -7 or 0.25 (digits, one point, no commas).",
        };
      const lost = lostDigits(trimmed);
      return lost ? { ok: false, message: lost } : { ok: true, value: new LosslessNumber(trimmed) };
    }
    case "boolean": {
      const trimmed = text.trim();
      if (trimmed === "true" || trimmed === "false") return { ok: true, value: trimmed === "true" };
      return { ok: false, message: "Choose true or false." };
    }
    case "json":
      return parseJsonValue(text);
  }
  return { ok: false, message: "Choose a type for this value." };
}

function parseJsonValue(text: string): ParsedValue {
  if (text.trim() === "") return { ok: false, message: 'Enter JSON, such as {"tier": 2} or [1, 2].' };
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `This is not valid JSON: ${reason}.` };
  }
  const problem = unsafeJson(value, 0);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

function unsafeJson(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return `Nest JSON at most ${MAX_DEPTH} levels deep.`;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = unsafeJson(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (isLosslessNumber(value)) {
    const lost = lostDigits(value.value);
    return lost ? `JSON number ${value.value}: ${lost}` : null;
  }
  if (typeof value !== "object" || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (UNSAFE_KEYS.has(key)) return `A JSON key may not be named ${key}.`;
    const problem = unsafeJson(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** Why Core would not keep this number as typed (it holds metadata numbers as float64), or null. */
function lostDigits(text: string): string | null {
  if (isSafeNumber(text)) return null;
  const kept = Number(text);
  if (!Number.isFinite(kept)) return "This number is too large for Blnk. Choose Text to store it as written.";
  if (/^-?\d+$/.test(text))
    return "Blnk keeps whole numbers exactly only up to 9007199254740991 in metadata. Choose Text to keep this one as written.";
  return `Blnk keeps metadata numbers to about 16 digits, so this would be stored as ${kept}. Choose Text to keep every digit.`;
}

/** Exact JSON text of a value (LosslessNumber and bigint as their digits): how two values are compared. */
export const canonicalJson: (value: unknown) => string = stringifyJson;

/** A stored value as an editable row: its type and its text, exact (a number's digits as stored). */
export function typedValue(value: unknown): { type: MetadataType; value: string } {
  if (typeof value === "string") return { type: "text", value };
  if (typeof value === "boolean") return { type: "boolean", value: String(value) };
  if (isLosslessNumber(value)) return { type: "number", value: value.value };
  if (typeof value === "bigint" || typeof value === "number") return { type: "number", value: String(value) };
  return { type: "json", value: canonicalJson(value) };
}

/** Stored metadata, as the details pages print it, read back with every number exact. */
export function parseStoredMetadata(json: string | null): Record<string, unknown> {
  if (json === null) return {};
  const value = parse(json);
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
