// The transactions FilterSpec (blnk-api.md §6, Core's internal/filter): the table's columns plus two virtual
// fields Core builds specially (sql_special.go) — `balance_id` (source OR destination) and `indicator` (a
// balance on either side has that indicator).
import { type FilterSpec, inList, OPERATORS, type SqlParam, type VirtualSql } from "../filters";

type AddParam = (value: unknown) => string;

const COMPARE: Record<string, string> = { eq: "=", ne: "!=", gt: ">", gte: ">=", lt: "<", lte: "<=" };

const text = (values: SqlParam[], index = 0) => values[index]?.text ?? null;

/** Core's buildBalanceIdCondition: eq/ne/in/isnull/isnotnull over both sides. */
function balanceIdSql(op: string, values: SqlParam[], addParam: AddParam): string {
  switch (op) {
    case "eq": {
      const param = addParam(text(values));
      return `(source = ${param} OR destination = ${param})`;
    }
    case "ne": {
      const param = addParam(text(values));
      return `(source != ${param} AND destination != ${param})`;
    }
    case "in": {
      const list = inList(values, addParam);
      return `(source ${list} OR destination ${list})`;
    }
    case "isnull":
      return "(source IS NULL AND destination IS NULL)";
    default:
      return "(source IS NOT NULL OR destination IS NOT NULL)";
  }
}

function indicatorMatch(op: string, values: SqlParam[], addParam: AddParam): string {
  const column = "b.indicator";
  if (op === "isnull") return `${column} IS NULL`;
  if (op === "isnotnull") return `${column} IS NOT NULL`;
  if (op === "in") return `${column} ${inList(values, addParam)}`;
  if (op === "between") {
    return `${column} BETWEEN ${addParam(text(values))} AND ${addParam(text(values, 1))}`;
  }
  if (op === "like" || op === "ilike") return `${column} ${op.toUpperCase()} ${addParam(text(values))}`;
  return `${column} ${COMPARE[op] ?? "="} ${addParam(text(values))}`;
}

/**
 * Core's buildIndicatorCondition: the matching balances in a `_indicator_matches` CTE, and transactions with
 * one of them on either side. Like Core, a second indicator filter repeats the CTE's name, which Postgres
 * refuses (so Core answers 500).
 */
function indicatorSql(op: string, values: SqlParam[], addParam: AddParam): VirtualSql {
  const cte = `_indicator_matches AS (SELECT b.balance_id FROM balances b WHERE ${indicatorMatch(op, values, addParam)})`;
  const matches = "SELECT balance_id FROM _indicator_matches";
  return { condition: `(source IN (${matches}) OR destination IN (${matches}))`, cte };
}

export const TRANSACTIONS_FILTER: FilterSpec = {
  table: "transactions",
  fields: {
    transaction_id: "text",
    parent_transaction: "text",
    // Core's NUMERIC major-unit amount (not precise_amount), here a double precision column.
    amount: "float-numeric",
    currency: "text",
    source: "text",
    destination: "text",
    reference: "text",
    status: "text",
    created_at: "timestamp",
    effective_date: "timestamp",
    description: "text",
    precision: "bigint",
  },
  virtual: {
    balance_id: { operators: ["eq", "ne", "in", "isnull", "isnotnull"], toSql: balanceIdSql },
    indicator: { operators: OPERATORS, toSql: indicatorSql },
  },
  hasMetadata: true,
};
