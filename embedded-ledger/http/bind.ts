// Binds a JSON request body the way Core's gin handlers do (`c.ShouldBindJSON` → Go `encoding/json`), so a
// wrong type gets the same 400 text Core sends ("json: cannot unmarshal number into Go struct field
// CreateLedger.name of type string") instead of crashing a handler that trusted the body's shape.

import { isLosslessNumber } from "../json";
import { CoreError } from "./errors";
import type { Request } from "./request";

export type GoType =
  | { kind: "string" }
  | { kind: "int" }
  /** `float64`: a JSON number within float64's range, as a JS number. */
  | { kind: "float64" }
  /** `*big.Int`: a bare JSON integer of any size, as a bigint (its UnmarshalJSON refuses anything else). */
  | { kind: "bigInt" }
  | { kind: "bool" }
  /** `map[string]interface {}`: an object, kept as parsed (lossless numbers inside). */
  | { kind: "map" }
  /** `interface {}`: any JSON value, kept as parsed. */
  | { kind: "any" }
  /** `time.Time`: the raw string is kept; the route checks its format (Go's error text is route-specific). */
  | { kind: "time" }
  | { kind: "slice"; goType: string; elem: GoType }
  | { kind: "struct"; struct: GoStruct };

/** A Go struct as Go's JSON decoder sees it: `name` for field errors, `goType` (package-qualified) for top level. */
export type GoStruct = {
  name: string;
  goType: string;
  fields: Record<string, { type: GoType; goType: string }>;
};

export class GoBindError extends Error {}

/**
 * An error from a type's own UnmarshalJSON (time.Time, *big.Int). Go's decoder returns it at once, while a type
 * mismatch is only saved and decoding goes on, the first saved one reported at the end (encoding/json
 * decode.go: literalStore returns the Unmarshaler's error; saveError keeps the first UnmarshalTypeError).
 */
class GoUnmarshalerError extends GoBindError {}

/** The first type mismatch seen while binding one body. */
type Saved = { error?: GoBindError };

/** The word Go's decoder uses for a JSON value's kind in "cannot unmarshal <kind> into …". */
export function jsonKind(value: unknown): "string" | "number" | "bool" | "array" | "object" | "null" {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (isLosslessNumber(value) || typeof value === "number" || typeof value === "bigint") return "number";
  return Array.isArray(value) ? "array" : "object";
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return jsonKind(value) === "object";
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function numberText(value: unknown): string {
  if (isLosslessNumber(value)) return (value as { value: string }).value;
  return String(value);
}

/** The first JSON number in `value` (at any depth) that float64 cannot hold, as written; else null. */
function numberOutOfRange(value: unknown): string | null {
  if (isLosslessNumber(value)) return Number.isFinite(Number(numberText(value))) ? null : numberText(value);
  if (typeof value !== "object" || value === null) return null;
  for (const item of Object.values(value)) {
    const found = numberOutOfRange(item);
    if (found !== null) return found;
  }
  return null;
}

function fieldError(kind: string, struct: GoStruct, path: string[], goType: string): GoBindError {
  return new GoBindError(
    `json: cannot unmarshal ${kind} into Go struct field ${struct.name}.${path.join(".")} of type ${goType}`,
  );
}

/** math/big's UnmarshalText error (`%q` of the raw JSON value). */
function bigIntError(value: unknown): GoUnmarshalerError {
  const raw = isLosslessNumber(value) ? numberText(value) : JSON.stringify(value);
  return new GoUnmarshalerError(`math/big: cannot unmarshal ${JSON.stringify(raw)} into a *big.Int`);
}

function bindNumber(value: unknown, type: GoType, goType: string, owner: GoStruct, path: string[]): unknown {
  const kind = jsonKind(value);
  if (type.kind === "bigInt") {
    const text = numberText(value);
    if (kind !== "number" || !/^-?\d+$/.test(text)) throw bigIntError(value);
    return BigInt(text);
  }
  if (kind !== "number") throw fieldError(kind, owner, path, goType);
  const text = numberText(value);
  if (type.kind === "float64") {
    const parsed = Number(text);
    if (!Number.isFinite(parsed)) throw fieldError(`number ${text}`, owner, path, goType);
    return parsed;
  }
  if (!/^-?\d+$/.test(text)) throw fieldError(`number ${text}`, owner, path, goType);
  const parsed = BigInt(text);
  if (parsed < INT64_MIN || parsed > INT64_MAX) throw fieldError(`number ${text}`, owner, path, goType);
  return Number(parsed);
}

/**
 * One step of the bind: the JSON value, its Go type (and the type's name for messages), the struct it is a field
 * of, its JSON path, and where the first saved mismatch goes.
 */
type BindStep = (
  value: unknown,
  type: GoType,
  goType: string,
  owner: GoStruct,
  path: string[],
  saved: Saved,
) => unknown;

const bindValue: BindStep = (value, type, goType, owner, path, saved) => {
  const kind = jsonKind(value);
  // Go leaves the zero value for a JSON null (time.Time's UnmarshalJSON treats "null" as a no-op too).
  if (kind === "null") return undefined;
  switch (type.kind) {
    case "any": {
      // Go decodes a number into an interface{} as float64; one beyond its range is a saved type error.
      const outOfRange = numberOutOfRange(value);
      if (outOfRange !== null) throw fieldError(`number ${outOfRange}`, owner, path, "float64");
      return value;
    }
    case "time":
      if (kind !== "string") throw new GoUnmarshalerError("Time.UnmarshalJSON: input is not a JSON string");
      return value;
    case "string":
      if (kind !== "string") throw fieldError(kind, owner, path, goType);
      return value;
    case "bool":
      if (kind !== "bool") throw fieldError(kind, owner, path, goType);
      return value;
    case "map":
      if (kind !== "object") throw fieldError(kind, owner, path, goType);
      return value;
    case "int":
    case "float64":
    case "bigInt":
      return bindNumber(value, type, goType, owner, path);
    case "slice":
      if (kind !== "array") throw fieldError(kind, owner, path, goType);
      return (value as unknown[]).map((item) => {
        // A null element decodes to the element's zero value (nil for interface{}, an empty struct).
        if (item === null) return type.elem.kind === "struct" ? {} : null;
        return bindSaving(item, type.elem, type.goType.replace(/^\[\]/, ""), owner, path, saved);
      });
    case "struct":
      if (kind !== "object") throw fieldError(kind, owner, path, goType);
      return bindFields(value as Record<string, unknown>, type.struct, path, saved);
  }
};

/** bindValue, with a type mismatch saved (the value left at its zero) instead of ending the bind. */
const bindSaving: BindStep = (value, type, goType, owner, path, saved) => {
  try {
    return bindValue(value, type, goType, owner, path, saved);
  } catch (error) {
    if (!(error instanceof GoBindError) || error instanceof GoUnmarshalerError) throw error;
    saved.error ??= error;
    return undefined;
  }
};

function bindFields(
  body: Record<string, unknown>,
  struct: GoStruct,
  path: string[],
  saved: Saved,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const names = Object.keys(struct.fields);
  for (const [key, value] of Object.entries(body)) {
    // Go matches keys exactly first, then case-insensitively; unknown keys are ignored. Own keys only, so
    // "__proto__" or "toString" in a body never resolves to an Object.prototype member.
    const name = Object.hasOwn(struct.fields, key)
      ? key
      : names.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    const field = name === undefined ? undefined : struct.fields[name];
    if (name === undefined || field === undefined) continue;
    const bound = bindSaving(value, field.type, field.goType, struct, [...path, name], saved);
    if (bound === undefined) delete out[name];
    else out[name] = bound;
  }
  return out;
}

/** Binds an already-parsed body to `struct`; throws GoBindError with Go's message. A JSON `null` binds to `{}`. */
export function bindGo(body: unknown, struct: GoStruct): Record<string, unknown> {
  const kind = jsonKind(body);
  if (kind === "null") return {};
  if (kind !== "object") {
    throw new GoBindError(`json: cannot unmarshal ${kind} into Go value of type ${struct.goType}`);
  }
  const saved: Saved = {};
  const bound = bindFields(body as Record<string, unknown>, struct, [], saved);
  if (saved.error) throw saved.error;
  return bound;
}

/**
 * Parses and binds the request body like `ShouldBindJSON`: empty body → "EOF", bad JSON → the parser's message,
 * wrong types → Go's message; all as a 400 with the handler's code and legacy key.
 */
export function bindBody(
  request: Request,
  struct: GoStruct,
  options: { code?: string; legacyKey?: "error" | "errors" } = {},
): Record<string, unknown> {
  const code = options.code ?? "GEN_MALFORMED_REQUEST";
  const legacyKey = options.legacyKey ?? "error";
  if (request.rawBody.trim() === "") throw new CoreError(400, code, "EOF", legacyKey);
  const parsed = request.json(legacyKey, code);
  try {
    return bindGo(parsed, struct);
  } catch (error) {
    if (error instanceof GoBindError) throw new CoreError(400, code, error.message, legacyKey);
    throw error;
  }
}

/** Field helpers so struct declarations read like the Go source. */
export const goString = { type: { kind: "string" }, goType: "string" } as const;
export const goInt = { type: { kind: "int" }, goType: "int" } as const;
export const goBool = { type: { kind: "bool" }, goType: "bool" } as const;
export const goFloat64 = { type: { kind: "float64" }, goType: "float64" } as const;
export const goBigInt = { type: { kind: "bigInt" }, goType: "*big.Int" } as const;
export const goMap = { type: { kind: "map" }, goType: "map[string]interface {}" } as const;
export const goAny = { type: { kind: "any" }, goType: "interface {}" } as const;
export const goTime = { type: { kind: "time" }, goType: "time.Time" } as const;

/** Go's strconv.Atoi: optional sign, decimal digits, int64 range; null when Go would fail. */
export function parseGoInt(text: string): number | null {
  if (!/^[+-]?\d+$/.test(text)) return null;
  const parsed = BigInt(text);
  return parsed < INT64_MIN || parsed > INT64_MAX ? null : Number(parsed);
}
