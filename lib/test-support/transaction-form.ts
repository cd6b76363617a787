// Test-only: create-transaction forms as the schema parses them, for the tests of what runs after the parse.
import {
  type CreateTransactionFormValues,
  createTransactionSchema,
  emptyCreateTransactionForm,
} from "@/lib/create-transaction/schema";

type FormValues = Partial<CreateTransactionFormValues>;

/**
 * A parser of complete forms: 10.00 USD from bln_src to bln_dst, with a file's own `defaults` over that and
 * each call's values over those.
 */
export function transactionFormParser(defaults: FormValues) {
  return (values: FormValues) =>
    createTransactionSchema.parse({
      ...emptyCreateTransactionForm(),
      amount: "10.00",
      currency: "USD",
      source: "bln_src",
      destination: "bln_dst",
      ...defaults,
      ...values,
    });
}

/** Amounts the schema takes as text but no request can carry in USD, each with the amount field's message. */
export const REFUSED_USD_AMOUNTS: [amount: string, message: string][] = [
  ["12.345", "USD has 2 decimal places: this amount cannot be recorded exactly. Nothing is rounded."],
  ["-5", "The amount must be more than zero; a negative amount cannot be recorded."],
  ["0", "The amount must be more than zero."],
  ["1e5", "Write the amount in plain digits (no exponent), e.g. 100000."],
  ["1.234,56", "Write the amount without thousands separators, with a point for decimals, e.g. 1234.56."],
];
