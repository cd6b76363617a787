// The transactions FilterSpec (blnk-api.md §6, Core's internal/filter): the table's columns plus two virtual
// fields Core builds specially — `balance_id` (source OR destination) and `indicator` (a balance on either side
// has that indicator).
import { type FilterSpec, OPERATORS } from "../filters";

type AddParam = (value: unknown) => string;

const COMPARE: Record<string, string> = { eq: "=", ne: "!=", gt: ">", gte: ">=", lt: "<", lte: "<=" };

/** Core's buildBalanceIdCondition: eq/ne/in/isnull/isnotnull over both sides. */
function balanceIdSql(op: string, values: unknown[], addParam: AddParam): string {
  switch (op) {
    case "eq": {
      const param = addParam(values[0]);
      return `(source = ${param} OR destination = ${param})`;
    }
    case "ne": {
      const param = addParam(values[0]);
      return `(source != ${param} AND destination != ${param})`;
    }
    case "in": {
      const list = values.map((value) => addParam(value)).join(", ");
      return `(source IN (${list}) OR destination IN (${list}))`;
    }
    case "isnull":
      return "(source IS NULL AND destination IS NULL)";
    default:
      return "(source IS NOT NULL OR destination IS NOT NULL)";
  }
}

/** Core's buildIndicatorCondition: the operator applies to the indicator of the balances on either side. */
function indicatorSql(op: string, values: unknown[], addParam: AddParam): string {
  const column = "b.indicator";
  let match: string;
  if (op === "isnull") match = `${column} IS NULL`;
  else if (op === "isnotnull") match = `${column} IS NOT NULL`;
  else if (op === "in") match = `${column} IN (${values.map((value) => addParam(value)).join(", ")})`;
  else if (op === "between") match = `${column} BETWEEN ${addParam(values[0])} AND ${addParam(values[1])}`;
  else if (op === "like" || op === "ilike") match = `${column} ${op.toUpperCase()} ${addParam(values[0])}`;
  else match = `${column} ${COMPARE[op] ?? "="} ${addParam(values[0])}`;
  const matches = `SELECT b.balance_id FROM balances b WHERE ${match}`;
  return `(source IN (${matches}) OR destination IN (${matches}))`;
}

export const TRANSACTIONS_FILTER: FilterSpec = {
  table: "transactions",
  fields: {
    transaction_id: "text",
    parent_transaction: "text",
    amount: "float",
    currency: "text",
    source: "text",
    destination: "text",
    reference: "text",
    status: "text",
    created_at: "time",
    effective_date: "time",
    description: "text",
    precision: "float",
  },
  virtual: {
    balance_id: { operators: ["eq", "ne", "in", "isnull", "isnotnull"], toSql: balanceIdSql },
    indicator: { operators: OPERATORS, toSql: indicatorSql },
  },
  hasMetadata: true,
};
