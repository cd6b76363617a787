// Go-style request decoding for the balance routes. Core binds bodies with gin's ShouldBindJSON into typed
// structs, so a wrong JSON type is a 400 GEN_MALFORMED_REQUEST carrying encoding/json's message, a JSON null
// leaves the field at its zero value, unknown keys are ignored and key matching is case-insensitive.
import { CoreError } from "../http/errors";
import type { Request } from "../http/request";
import { isLosslessNumber } from "../json";

export type GoFieldType = "string" | "bool" | "float64" | "map";

const GO_TYPE_NAMES: Record<GoFieldType, string> = {
  string: "string",
  bool: "bool",
  float64: "float64",
  map: "map[string]interface {}",
};

export type DecodedField = string | boolean | number | Record<string, unknown> | null;

function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number" || typeof value === "bigint" || isLosslessNumber(value)) return "number";
  return "object";
}

function fits(kind: string, type: GoFieldType): boolean {
  if (type === "float64") return kind === "number";
  if (type === "map") return kind === "object";
  return kind === type;
}

const malformedBody = (message: string) => new CoreError(400, "GEN_MALFORMED_REQUEST", message);

/** The body parsed losslessly; an empty body is Go's `EOF`, like gin's decoder. */
export function readJsonBody(request: Request): unknown {
  if (request.rawBody.trim() === "") throw malformedBody("EOF");
  return request.json("error");
}

/**
 * Decodes `body` like encoding/json into a struct named `structName` with the given JSON fields. Returns the
 * fields that were present with a non-null value; missing and null fields are left out (Go's zero value).
 */
export function decodeGoStruct<F extends string>(
  body: unknown,
  structName: string,
  fields: Record<F, GoFieldType>,
): Partial<Record<F, DecodedField>> {
  const bodyKind = jsonKind(body);
  if (bodyKind === "null") return {};
  if (bodyKind !== "object") {
    throw malformedBody(`json: cannot unmarshal ${bodyKind} into Go value of type model.${structName}`);
  }
  const names = Object.keys(fields) as F[];
  const result: Partial<Record<F, DecodedField>> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    // encoding/json prefers an exact key match, then falls back to a case-insensitive one.
    const field =
      names.find((name) => name === key) ?? names.find((name) => name.toLowerCase() === key.toLowerCase());
    if (field === undefined) continue;
    const kind = jsonKind(value);
    if (kind === "null") continue;
    const type = fields[field];
    if (!fits(kind, type)) {
      const goType = GO_TYPE_NAMES[type];
      throw malformedBody(
        `json: cannot unmarshal ${kind} into Go struct field ${structName}.${field} of type ${goType}`,
      );
    }
    if (type === "float64") {
      const number = Number(String(value));
      // Go refuses a number that overflows float64, naming the literal.
      if (!Number.isFinite(number)) {
        const goType = GO_TYPE_NAMES[type];
        throw malformedBody(
          `json: cannot unmarshal number ${String(value)} into Go struct field ${structName}.${field} of type ${goType}`,
        );
      }
      result[field] = number;
      continue;
    }
    result[field] = value as DecodedField;
  }
  return result;
}

/** Postgres text cannot hold NUL; Go strings can. Lookups with one simply find nothing. */
export const hasNul = (text: string) => text.includes("\u0000");
