import type { BlnkErrorPlain } from "@/lib/blnk/errors";

/** Client queries throw the plain error a server action returned; anything else becomes a generic one. */
export function asErrorPlain(error: unknown): BlnkErrorPlain {
  if (error && typeof error === "object" && "userMessage" in error && "kind" in error) {
    return error as BlnkErrorPlain;
  }
  return {
    status: 0,
    code: "UNKNOWN",
    message: "Unknown error",
    userMessage: "Ledger Desk could not load this. Try again in a moment.",
    kind: "server",
  };
}
