// `PUT /transactions/inflight/:txID` body (model.InflightUpdate, api/model/transaction.go:95-110) with Go's bind
// error texts (api/transactions.go:479-483 answers c.BindJSON's error as GEN_MALFORMED_REQUEST).

import { jsonKind } from "../http/bind";
import { malformed } from "../http/errors";
import { asBigInt, isLosslessNumber } from "../json";
import { bigInteger, flag, float, isObject, text } from "./input";

export type InflightRequest = {
  status: string;
  amount: number;
  preciseAmount: bigint | null;
  dryRun: boolean;
};

const INFLIGHT_FIELDS: Record<string, "string" | "float64" | "bool" | "big"> = {
  status: "string",
  amount: "float64",
  precise_amount: "big",
  skip_queue: "bool",
  dry_run: "bool",
};

/**
 * `PUT /transactions/inflight/:id` body (model.InflightUpdate), with Go's bind error texts. Without `dryRun`
 * (a profile before the field existed) `dry_run` is an unknown key: ignored, whatever its type.
 */
export function parseInflightUpdate(raw: unknown, { dryRun = true } = {}): InflightRequest {
  if (raw === null) return { status: "", amount: 0, preciseAmount: null, dryRun: false };
  if (!isObject(raw)) {
    throw malformed(`json: cannot unmarshal ${jsonKind(raw)} into Go value of type model.InflightUpdate`);
  }
  // Go reports the first bad field in the order the body lists them.
  for (const [key, value] of Object.entries(raw)) {
    const goType = key === "dry_run" && !dryRun ? undefined : INFLIGHT_FIELDS[key];
    const kind = jsonKind(value);
    if (!goType || kind === "null") continue;
    if (goType === "big") {
      if (kind !== "number" || asBigInt(value) === null) {
        const text = isLosslessNumber(value) ? value.value : JSON.stringify(value);
        throw malformed(`math/big: cannot unmarshal ${JSON.stringify(text)} into a *big.Int`);
      }
      continue;
    }
    const expected = goType === "float64" ? "number" : goType;
    if (kind !== expected) {
      throw malformed(
        `json: cannot unmarshal ${kind} into Go struct field InflightUpdate.${key} of type ${goType}`,
      );
    }
  }
  return {
    status: text(raw, "status"),
    amount: float(raw, "amount"),
    preciseAmount: bigInteger(raw, "precise_amount"),
    dryRun: dryRun && flag(raw, "dry_run"),
  };
}
